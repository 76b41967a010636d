import { randomUUID } from 'node:crypto';
import type { HostHandlers } from '../../../shared/ipc/contract';
import { putDocument } from '../local-store/cache-updates';
import { noImages, type ResolveImage } from '../export/document-meta';
import { exportDocument } from '../export/export-document';
import { readImportFile, type StoreImage } from '../export/import-file';
import { chromiumPdfPrinter, type PdfPrinter } from '../export/pdf';
import { updateCache } from './cache';
import type { HandlerContext } from './context';
import { withSession } from './session';

/**
 * What export and import use that each host (or doc-media) provides: the PDF printer (Electron's
 * hidden window, or Chromium in the browser host), image bytes from the device's image cache,
 * and the upload of an imported file's images. Without them, PDF uses Chromium, exported images
 * become their alt text, and imported images are left out (and counted).
 */
export type DocumentFilesDeps = { pdf?: PdfPrinter; resolveImage?: ResolveImage; storeImage?: StoreImage };

export function documentFilesHandlers(context: HandlerContext, deps: DocumentFilesDeps): HostHandlers['documentFiles'] {
  const pdf = deps.pdf ?? chromiumPdfPrinter();
  const resolveImage = deps.resolveImage ?? noImages;
  return {
    async export({ state, format, title, authors, language }) {
      try {
        return await exportDocument(state, format, { title, authors, language }, { pdf, resolveImage });
      } catch (error) {
        context.log(`Branchline could not export a document as ${format}: ${String(error)}`);
        return { ok: false, error: format === 'pdf' ? 'pdf_unavailable' : 'internal' };
      }
    },
    async import({ serverId, spaceId, fileName, bytes }) {
      const read = await readImportFile({ fileName, bytes }, deps.storeImage);
      if (!read.ok) return read;
      const { title, markdown, droppedImages } = read.value;
      // One key for this import: a retry after a lost answer does not make a second document.
      const changeKey = randomUUID();
      const answer = await withSession(context, serverId, ({ api, token }) =>
        api.importDocument(token, spaceId, title, markdown, changeKey),
      );
      if (!answer.ok) return answer;
      const { document, access } = answer.value;
      await updateCache(context, serverId, (draft) => putDocument(draft, document, access));
      return { ok: true, value: { document, droppedImages } };
    },
  };
}
