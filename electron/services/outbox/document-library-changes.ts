import type { DocumentMeta, DocumentResponse } from '../../../shared/api/schemas';
import type { DocumentLibraryChange } from '../../../shared/ipc/document-library-changes';
import { updateCache } from '../handlers/cache';
import { withSession } from '../handlers/session';
import { replaceSpaceDocuments } from '../local-store/cache-updates';
import type { ChangeKind } from './change-kind';
import { keepDocument, refreshDocument } from './document-changes';

/**
 * Bin, restore, duplicate, language and translation links, through the outbox. Binning and a
 * new language show on the device at once; a refused one is put back from the server.
 */
export const documentLibraryChange: ChangeKind<DocumentLibraryChange, DocumentResponse, DocumentMeta> = {
  async showOnDevice(context, serverId, { documentId, change }) {
    if (change.action !== 'bin' && change.action !== 'restore' && change.action !== 'language') return;
    await updateCache(context, serverId, (draft) => {
      const document = draft.documents.find((candidate) => candidate.id === documentId);
      if (!document) return;
      if (change.action === 'language') document.language = change.language;
      else document.binnedAt = change.action === 'bin' ? new Date().toISOString() : null;
    });
  },
  send({ api, token }, { documentId, change }, key) {
    switch (change.action) {
      case 'bin':
        return api.binDocument(token, documentId, key);
      case 'restore':
        return api.restoreDocument(token, documentId, key);
      case 'duplicate':
        return api.duplicateDocument(token, documentId, key);
      case 'language':
        return api.setDocumentLanguage(token, documentId, change.language, key);
      case 'translation':
        return change.translationId === null
          ? api.unlinkTranslation(token, documentId, key)
          : api.linkTranslation(token, documentId, change.translationId, key);
    }
  },
  keep: keepDocument,
  async recover(context, serverId, { documentId, change }) {
    const document = await refreshDocument(context, serverId, documentId);
    if (change.action !== 'duplicate' || !document) return change.action === 'duplicate' ? null : document;
    // The copy's id came only in the lost answer: its space's list is read again.
    const listed = await withSession(context, serverId, ({ api, token }) =>
      api.listSpaceDocuments(token, document.spaceId),
    );
    if (listed.ok)
      await updateCache(context, serverId, (draft) => replaceSpaceDocuments(draft, document.spaceId, listed.value));
    return null;
  },
  async undoOnDevice(context, serverId, { documentId }) {
    await refreshDocument(context, serverId, documentId);
  },
};
