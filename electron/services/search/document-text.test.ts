import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { documentContentUpdate } from '../../../server/content/initial-content';
import { documentBlocks } from './document-text';

describe('a document’s text, block by block', () => {
  it('reads every kind of block the editor writes, with inline links and formatting in their block', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      documentContentUpdate([
        { type: 'heading', level: 1, text: 'Gŵyl Ddarllen yr Haf' },
        {
          type: 'paragraph',
          content: [
            'Join the ',
            { text: 'Summer Reading', bold: true },
            ' challenge at ',
            { text: 'our site', link: 'https://example.org' },
            '.',
          ],
        },
        { type: 'bullets', items: ['Storytime on Mondays', 'Rhymetime on Fridays'] },
        { type: 'checks', items: ['Book the hall'] },
        { type: 'quote', text: 'Mae llyfrgelloedd wrth galon y gymuned.' },
        { type: 'paragraph', content: [] },
      ]),
    );
    expect(documentBlocks(doc)).toEqual([
      'Gŵyl Ddarllen yr Haf',
      'Join the Summer Reading challenge at our site.',
      'Storytime on Mondays',
      'Rhymetime on Fridays',
      'Book the hall',
      'Mae llyfrgelloedd wrth galon y gymuned.',
    ]);
  });

  it('is empty for a document with no content yet', () => {
    expect(documentBlocks(new Y.Doc())).toEqual([]);
  });
});
