import { randomUUID } from 'node:crypto';
import type { HostHandlers } from '../../../shared/ipc/contract';
import { putDocument } from '../local-store/cache-updates';
import { imageHash, imageSrc } from '../../../shared/editor/image-node';
import { noImages, type ResolveImage } from '../export/document-meta';
import { exportDocument } from '../export/export-document';
import { readImportFile, type StoreImage } from '../export/import-file';
import { chromiumPdfPrinter, type PdfPrinter } from '../export/pdf';
import { updateCache } from './cache';
import type { HandlerContext } from './context';
import { withSession } from './session';

/**
 * What export and import use that each host provides: the PDF printer (Electron's hidden window,
 * or Chromium in the browser host). Without one, PDF uses Chromium. `resolveImage` and
 * `storeImage` replace the device's own images (tests).
 */
export type DocumentFilesDeps = { pdf?: PdfPrinter; resolveImage?: ResolveImage; storeImage?: StoreImage };

type Place = { serverId: string; spaceId: string };

/**
 * Images of a document in a file: read through the device's images (its cache, else the server,
 * then kept), and an imported file's images kept and uploaded like pasted ones (the outbox).
 */
function placeImages(images: HostHandlers['images']) {
  return {
    resolve:
      (place: Place): ResolveImage =>
      async (src) => {
        const hash = imageHash(src);
        if (!hash) return null;
        const answer = await images.get({ ...place, hash });
        return answer.ok ? { bytes: answer.value.bytes, contentType: answer.value.type } : null;
      },
    store:
      (place: Place): StoreImage =>
      async (bytes) => {
        const answer = await images.put({ ...place, bytes });
        return answer.ok ? imageSrc(answer.value.hash) : null;
      },
  };
}

export function documentFilesHandlers(
  context: HandlerContext,
  deps: DocumentFilesDeps,
  images: HostHandlers['images'],
): HostHandlers['documentFiles'] {
  const pdf = deps.pdf ?? chromiumPdfPrinter();
  const onDevice = placeImages(images);
  return {
    async export({ state, format, title, authors, language, imagesFrom }) {
      const resolveImage = deps.resolveImage ?? (imagesFrom ? onDevice.resolve(imagesFrom) : noImages);
      try {
        return await exportDocument(state, format, { title, authors, language }, { pdf, resolveImage });
      } catch (error) {
        context.log(`Branchline could not export a document as ${format}: ${String(error)}`);
        return { ok: false, error: format === 'pdf' ? 'pdf_unavailable' : 'internal' };
      }
    },
    async import({ serverId, spaceId, fileName, bytes }) {
      const read = await readImportFile({ fileName, bytes }, deps.storeImage ?? onDevice.store({ serverId, spaceId }));
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
