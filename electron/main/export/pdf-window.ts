import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../../services/export/pdf';

/** A session of its own: nothing of the app's (cookies, CSP, handlers) and no network. */
const PRINT_PARTITION = 'branchline-print';

/**
 * Electron's PDF printer for export: the export's HTML page in a hidden window with no
 * JavaScript and no network, printed by Chromium as a tagged PDF with an outline. The page is
 * read from a temporary file (a long document is too big for a data: URL), removed after.
 */
export function electronPdfPrinter(): PdfPrinter {
  let sessionReady = false;
  return {
    async print(html) {
      const printSession = session.fromPartition(PRINT_PARTITION);
      if (!sessionReady) {
        printSession.webRequest.onBeforeRequest((details, callback) =>
          callback({ cancel: !/^(file|data):/.test(details.url) }),
        );
        printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
        sessionReady = true;
      }
      const folder = await mkdtemp(path.join(tmpdir(), 'branchline-print-'));
      const file = path.join(folder, 'export.html');
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          javascript: false,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      try {
        await writeFile(file, html, 'utf8');
        await window.loadFile(file);
        const pdf = await window.webContents.printToPDF({
          generateTaggedPDF: true,
          generateDocumentOutline: true,
          printBackground: true,
          pageSize: 'A4',
          margins: { marginType: 'custom', top: 0.79, bottom: 0.79, left: 0.79, right: 0.79 },
        });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
