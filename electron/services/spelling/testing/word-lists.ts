import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SpellingLanguage } from '../../../../shared/ipc/spelling-contract';
import { tokenise } from '../../../../shared/spelling/tokenise';

/**
 * Ten thousand distinct words from a dictionary's own word list (every tenth one misspelt by
 * swapping its second and third letters), for the tests and the bench: all distinct, so none
 * would be answered from the editor's cache.
 */
export async function tenThousandWords(language: SpellingLanguage): Promise<string[]> {
  const packageName = language === 'en' ? 'dictionary-en-gb' : 'dictionary-cy';
  const folder = path.dirname(createRequire(import.meta.url).resolve(packageName));
  const dic = await readFile(path.join(folder, 'index.dic'), 'utf8');
  const stems = dic
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim())
    .filter((word) => tokenise(word).length === 1 && tokenise(word)[0]!.word === word);
  const step = Math.max(1, Math.floor(stems.length / 10_000));
  return Array.from({ length: 10_000 }, (_, index) => {
    const word = stems[(index * step) % stems.length]!;
    return index % 10 === 0 && word.length > 3
      ? word.charAt(0) + word.charAt(2) + word.charAt(1) + word.slice(3)
      : word;
  });
}
