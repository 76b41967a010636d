import { existsSync } from 'node:fs';

/**
 * Prints an export's HTML page to a tagged PDF with an outline. Electron's main process gives
 * one (a hidden window's `printToPDF`); the browser host uses Chromium through playwright-core.
 * Null when there is no Chromium to print with: the export says so, it does not crash.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array | null>;
}

/** The same flags as e2e (playwright.config.ts): without them Chromium keeps trying hosts it cannot reach. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.BRANCHLINE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/** The browser host's printer: a headless Chromium per export, closed after it. */
export function chromiumPdfPrinter(executablePath: string | null = findChromium()): PdfPrinter {
  return {
    async print(html) {
      if (!executablePath) return null;
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
      try {
        const page = await browser.newPage({ javaScriptEnabled: false });
        // Nothing leaves the machine: every image is inlined already, and any other request is refused.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        });
        return new Uint8Array(pdf);
      } finally {
        await browser.close();
      }
    },
  };
}
