import type { exportFiles as en } from '../en/export';

/** Allforio a mewnforio dogfennau: y ddewislen Allforio ar ddogfen, a Mewnforio yn nogfennau gofod. */
export const exportFiles: Record<keyof typeof en, string> = {
  'export.button': 'Allforio',
  'export.format.markdown': 'Ffeil Markdown (.md)',
  'export.format.html': 'Tudalen we (.html)',
  'export.format.docx': 'Dogfen Word (.docx)',
  'export.format.pdf': 'Ffeil PDF (.pdf)',
  'export.working': 'Wrthi’n gwneud y ffeil {{format}}…',
  'export.done': 'Wedi allforio fel {{fileName}}.',
  'export.importButton': 'Mewnforio ffeil',
  'export.importing': 'Wrthi’n mewnforio {{fileName}}…',
  'export.imported': 'Wedi mewnforio “{{title}}”.',
  'export.importedWithoutImages_zero': 'Wedi mewnforio “{{title}}”.',
  'export.importedWithoutImages_one':
    'Wedi mewnforio “{{title}}” heb ei ddelwedd: does dim modd mewnforio delweddau o ffeiliau Word eto.',
  'export.importedWithoutImages_two':
    'Wedi mewnforio “{{title}}” heb ei {{count}} ddelwedd: does dim modd mewnforio delweddau o ffeiliau Word eto.',
  'export.importedWithoutImages_few':
    'Wedi mewnforio “{{title}}” heb ei {{count}} delwedd: does dim modd mewnforio delweddau o ffeiliau Word eto.',
  'export.importedWithoutImages_many':
    'Wedi mewnforio “{{title}}” heb ei {{count}} delwedd: does dim modd mewnforio delweddau o ffeiliau Word eto.',
  'export.importedWithoutImages_other':
    'Wedi mewnforio “{{title}}” heb ei {{count}} delwedd: does dim modd mewnforio delweddau o ffeiliau Word eto.',
  'export.openImported': 'Agor “{{title}}”',
  'export.error.pdf_unavailable':
    'Mae angen Chromium i allforio PDF, a does dim Chromium ar y cyfrifiadur hwn. Allforiwch fel tudalen we neu ddogfen Word yn lle hynny.',
  'export.error.file_too_large': 'Mae’r ffeil yna’n rhy fawr i’w mewnforio. Gall ffeiliau fod hyd at 10 MB.',
  'export.error.not_markdown': 'Nid testun Markdown yw’r ffeil yna. Dewiswch ffeil .md wedi’i chadw fel testun.',
  'export.error.not_docx': 'Nid dogfen Word y mae modd ei darllen yw’r ffeil yna. Dewiswch ffeil .docx.',
  'export.error.unsupported_file': 'Dim ond ffeiliau Markdown (.md) a Word (.docx) y mae modd eu mewnforio.',
  'export.error.empty_file': 'Mae’r ffeil yna’n wag: does dim i’w fewnforio.',
};
