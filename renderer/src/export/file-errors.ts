import type { FileError } from '../../../shared/ipc/export-contract';
import type { MessageKey } from '../i18n/en';
import type { FailureCode } from '../data/host';

const FILE_ERRORS: ReadonlySet<string> = new Set<FileError>([
  'pdf_unavailable',
  'file_too_large',
  'not_markdown',
  'not_docx',
  'unsupported_file',
  'empty_file',
]);

/** The catalogue key for an export or import failure: the file's own reason, or the app's error. */
export function fileErrorKey(error: FileError | FailureCode): MessageKey {
  return FILE_ERRORS.has(error) ? (`export.error.${error as FileError}` as const) : `errors.${error as FailureCode}`;
}
