import type { EditorThemeClasses } from 'lexical';

/** Class names for Lexical's nodes; styles live in editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    listitemChecked: 'ed-li-checked',
    listitemUnchecked: 'ed-li-unchecked',
    nested: { listitem: 'ed-li-nested' },
  },
  link: 'ed-link',
  // Tables and images (media/media.css).
  table: 'editor-table',
  tableCell: 'editor-table-cell',
  tableCellHeader: 'editor-table-cell-header',
  tableCellSelected: 'editor-table-cell-selected',
  tableSelection: 'editor-table-selection',
  image: 'editor-image',
  code: 'ed-code-block',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
    code: 'ed-code',
  },
  collaboration: {
    cursor: 'ed-cursor',
    cursorName: 'ed-cursor-name',
    selection: 'ed-selection',
    selectionBg: 'ed-selection-bg',
  },
};
