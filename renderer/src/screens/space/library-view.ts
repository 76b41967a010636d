import type { DocumentMeta } from '../../../../shared/api/schemas';

export type LibrarySort = 'updated' | 'title';
export type LibraryFilter = { sort: LibrarySort; title: string; editor: string | null };

export const NO_FILTER: LibraryFilter = { sort: 'updated', title: '', editor: null };

/**
 * A space's documents as the library shows them: those whose title holds the typed text (any
 * case, any accents) and, given an editor, that person among those who edited lately; by last
 * edit (newest first) or by title (in the person's language's order).
 */
export function arrangeDocuments(
  documents: readonly DocumentMeta[],
  filter: LibraryFilter,
  locale: string,
): DocumentMeta[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
  const wanted = fold(filter.title.trim());
  const shown = documents.filter(
    (document) =>
      (wanted === '' || fold(document.title).includes(wanted)) &&
      (filter.editor === null ||
        document.recentEditors.includes(filter.editor) ||
        document.createdBy === filter.editor),
  );
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return shown.sort((a, b) =>
    filter.sort === 'title'
      ? collator.compare(a.title, b.title)
      : a.updatedAt === b.updatedAt
        ? collator.compare(a.title, b.title)
        : a.updatedAt < b.updatedAt
          ? 1
          : -1,
  );
}

/** Everyone who edited (or made) one of the documents, for the "Edited by" filter. */
export function editorsOf(documents: readonly DocumentMeta[]): string[] {
  const ids = new Set<string>();
  for (const document of documents) {
    ids.add(document.createdBy);
    for (const editor of document.recentEditors) ids.add(editor);
  }
  return [...ids];
}
