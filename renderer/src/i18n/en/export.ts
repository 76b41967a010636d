/** Export and import of documents: the Export menu on a document, and Import in a space's documents. */
export const exportFiles = {
  'export.button': 'Export',
  'export.format.markdown': 'Markdown (.md)',
  'export.format.html': 'Web page (.html)',
  'export.format.docx': 'Word document (.docx)',
  'export.format.pdf': 'PDF (.pdf)',
  'export.working': 'Making the {{format}} file…',
  'export.done': 'Exported as {{fileName}}.',
  'export.importButton': 'Import a file',
  'export.importing': 'Importing {{fileName}}…',
  'export.imported': 'Imported “{{title}}”.',
  // Every plural form Welsh has, so both catalogues have the same keys; English uses one and other.
  'export.importedWithoutImages_zero': 'Imported “{{title}}”.',
  'export.importedWithoutImages_one':
    'Imported “{{title}}” without its image: images in Word files can’t be imported yet.',
  'export.importedWithoutImages_two':
    'Imported “{{title}}” without its {{count}} images: images in Word files can’t be imported yet.',
  'export.importedWithoutImages_few':
    'Imported “{{title}}” without its {{count}} images: images in Word files can’t be imported yet.',
  'export.importedWithoutImages_many':
    'Imported “{{title}}” without its {{count}} images: images in Word files can’t be imported yet.',
  'export.importedWithoutImages_other':
    'Imported “{{title}}” without its {{count}} images: images in Word files can’t be imported yet.',
  'export.openImported': 'Open “{{title}}”',
  'export.error.pdf_unavailable':
    'PDF export needs Chromium, and this computer doesn’t have it. Export as a web page or Word document instead.',
  'export.error.file_too_large': 'That file is too big to import. Files can be up to 10 MB.',
  'export.error.not_markdown': 'That file isn’t Markdown text. Choose a .md file saved as text.',
  'export.error.not_docx': 'That file isn’t a Word document that can be read. Choose a .docx file.',
  'export.error.unsupported_file': 'Only Markdown (.md) and Word (.docx) files can be imported.',
  'export.error.empty_file': 'That file is empty: there’s nothing to import.',
} as const;
