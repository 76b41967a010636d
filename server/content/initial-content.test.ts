import { describe, expect, it } from 'vitest';
import { readDocumentContent as readBack } from '../testing/document-text';
import { documentContentUpdate } from './initial-content';

describe('server-written initial content', () => {
  it('is one empty paragraph for a new document', () => {
    expect(readBack(documentContentUpdate([]))).toEqual({ text: '', types: ['paragraph'] });
  });

  it('holds headings, paragraphs with links, lists and quotes as the editor will read them', () => {
    const { text, types } = readBack(
      documentContentUpdate([
        { type: 'heading', level: 1, text: 'Reading offer' },
        { type: 'paragraph', content: ['See ', { text: 'the toolkit', link: 'https://example.org/toolkit' }, '.'] },
        { type: 'bullets', items: ['Summer Reading Challenge', 'Reading groups'] },
        { type: 'numbers', items: ['Plan', 'Deliver'] },
        { type: 'quote', text: 'Libraries change lives.' },
      ]),
    );
    expect(types).toEqual(['heading', 'paragraph', 'list:bullet', 'list:number', 'quote']);
    expect(text).toContain('Reading offer');
    expect(text).toContain('See the toolkit.');
    expect(text).toContain('Summer Reading Challenge');
    expect(text).toContain('Libraries change lives.');
  });
});
