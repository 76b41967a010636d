import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentContentUpdate } from '../../server/content/initial-content';

/**
 * Documents for the bench, written the way the server writes a document's content (through
 * Lexical's Yjs binding), so they have the structure the editor reads: paragraphs of text.
 */
const WORDS =
  'the library network met in the branch to plan the summer reading challenge with volunteers children families and partners across the region'.split(
    ' ',
  );

export function paragraphText(index: number, length: number): string {
  let text = `${index + 1}. `;
  for (let word = index; text.length < length; word++) text += `${WORDS[word % WORDS.length]} `;
  return text.trimEnd();
}

export type DocumentSize = { name: string; paragraphs: number; charactersPerParagraph: number };

/** About 100 bytes, 160 KB and 16 MB as a stored Yjs update. */
export const SMALL: DocumentSize = { name: 'small (one paragraph)', paragraphs: 1, charactersPerParagraph: 80 };
export const MEDIUM: DocumentSize = {
  name: '160 KB (1,000 paragraphs)',
  paragraphs: 1000,
  charactersPerParagraph: 120,
};
export const LARGE: DocumentSize = {
  name: '16 MB (10,000 paragraphs)',
  paragraphs: 10_000,
  charactersPerParagraph: 1580,
};
/** The cold-open document: 10,000 paragraphs of a sentence or two each. */
export const TEN_THOUSAND: DocumentSize = {
  name: '10,000 paragraphs',
  paragraphs: 10_000,
  charactersPerParagraph: 100,
};

export function documentUpdate(size: DocumentSize): Uint8Array {
  return documentContentUpdate(
    Array.from({ length: size.paragraphs }, (_, index) => ({
      type: 'paragraph' as const,
      content: [paragraphText(index, size.charactersPerParagraph)],
    })),
  );
}

/** Writes the document's update to a file (for a server process to store) and returns the path and bytes. */
export async function documentFile(size: DocumentSize): Promise<{ file: string; update: Uint8Array }> {
  const directory = path.join(tmpdir(), 'branchline-bench-documents');
  await mkdir(directory, { recursive: true });
  const update = documentUpdate(size);
  const file = path.join(directory, `${size.paragraphs}x${size.charactersPerParagraph}.yupdate`);
  await writeFile(file, update);
  return { file, update };
}
