import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportDocument } from './export-document';
import { chromiumPdfPrinter, findChromium } from './pdf';
import { sampleImages, sampleState } from './testing-sample';

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('the exported HTML page', () => {
  it('passes axe, in English and in Welsh', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath!, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      for (const language of ['en', 'cy'] as const) {
        const outcome = await exportDocument(
          sampleState(),
          'html',
          { title: 'Cynnig darllen', authors: ['Siân Jones'], language },
          { resolveImage: sampleImages, pdf: chromiumPdfPrinter(null) },
        );
        if (!outcome.ok) throw new Error(outcome.error);
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.setContent(new TextDecoder().decode(outcome.value.bytes));
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
