import type { ResolveImage } from './document-meta';
import { yjsFromEditor } from './headless-document';
import { fillFromMarkdown } from './markdown';

/** For tests and the bench: a document with every kind of content an export carries, some of it Welsh. */
export const SAMPLE_IMAGE = `branchline-image:${'ab'.repeat(32)}`;
export const SAMPLE_MARKDOWN = [
  '# Cynnig darllen: ŵ ŷ â',
  '',
  'A paragraph with **bold**, *italic* and a [link](https://example.org/toolkit).',
  '',
  '## What we did',
  '',
  '- Summer Reading Challenge',
  '- Reading groups',
  '',
  '1. Plan',
  '2. Deliver',
  '',
  '> Libraries change lives.',
  '',
  '| Branch | Visits |',
  '| --- | --- |',
  '| Aberystwyth | 120 |',
  '| Bangor | 95 |',
  '',
  `![A reading group in Tŷ Ddewi](${SAMPLE_IMAGE})`,
  '',
].join('\n');

/** A 1×1 PNG. */
export const SAMPLE_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

export const sampleImages: ResolveImage = async (src) =>
  src === SAMPLE_IMAGE ? { bytes: SAMPLE_PNG, contentType: 'image/png' } : null;

export const sampleState = (markdown = SAMPLE_MARKDOWN) =>
  yjsFromEditor((editor) => fillFromMarkdown(editor, markdown));
