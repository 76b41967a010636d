import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryFilter, LibrarySort } from './library-view';

/** Sort by last edit or title; filter by title text and by who edited (names from `people`). */
export function LibraryControls({
  filter,
  onChange,
  editors,
}: {
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
  editors: Array<{ id: string; name: string }>;
}) {
  const { t } = useTranslation();
  const ids = { sort: useId(), title: useId(), editor: useId() };
  return (
    <div className="library-controls" role="group" aria-label={t('library.views')}>
      <label htmlFor={ids.sort}>{t('library.sortLabel')}</label>
      <select
        id={ids.sort}
        value={filter.sort}
        onChange={(event) => onChange({ ...filter, sort: event.target.value as LibrarySort })}
      >
        <option value="updated">{t('library.sortUpdated')}</option>
        <option value="title">{t('library.sortTitle')}</option>
      </select>
      <label htmlFor={ids.title}>{t('library.filterTitle')}</label>
      <input
        id={ids.title}
        type="search"
        value={filter.title}
        maxLength={200}
        onChange={(event) => onChange({ ...filter, title: event.target.value })}
      />
      <label htmlFor={ids.editor}>{t('library.filterEditor')}</label>
      <select
        id={ids.editor}
        value={filter.editor ?? ''}
        onChange={(event) => onChange({ ...filter, editor: event.target.value || null })}
      >
        <option value="">{t('library.anyone')}</option>
        {editors.map((editor) => (
          <option key={editor.id} value={editor.id}>
            {editor.name}
          </option>
        ))}
      </select>
    </div>
  );
}
