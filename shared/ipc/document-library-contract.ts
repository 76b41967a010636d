import { z } from 'zod';
import { EmptyBinResponse, SpaceTemplate, SpaceTemplateId, SpaceTemplateList } from '../api/document-library';
import { DocumentTitle } from '../api/schemas';
import { DocumentId, ServerId, SpaceId } from '../ids';
import { DocumentLibraryAction } from './document-library-changes';
import { DocumentChangeResult } from './outbox';
import { DocumentList, result } from './values';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const ServerRef = z.object({ serverId: ServerId });
const SpaceRef = ServerRef.extend({ spaceId: SpaceId });

/** `window.branchline.library`: the space's bin, duplicates, languages, translations and templates. */
export const documentLibraryContract = {
  /** Bin, restore, duplicate, language or translation, through the outbox (`saved` or `queued`). */
  change: method(
    ServerRef.extend({ documentId: DocumentId, change: DocumentLibraryAction }),
    result(DocumentChangeResult),
  ),
  /** The space's bin (the server's; offline, what the device last knew). */
  bin: method(SpaceRef, result(DocumentList)),
  /** Deletes for good those of `documentIds` still in the bin (admins; needs the server). */
  emptyBin: method(SpaceRef.extend({ documentIds: z.array(DocumentId).min(1).max(1000) }), result(EmptyBinResponse)),
  /** The space's own templates (the built-in ones are always there). */
  templates: method(SpaceRef, result(SpaceTemplateList)),
  saveTemplate: method(ServerRef.extend({ documentId: DocumentId, title: DocumentTitle }), result(SpaceTemplate)),
  removeTemplate: method(SpaceRef.extend({ templateId: SpaceTemplateId }), result(z.null())),
};
