import type { DocumentMeta } from '../../../shared/api/schemas';

/** The document's language (doc-library's `language` field), English until it says otherwise. */
export function documentLanguage(document: DocumentMeta): 'en' | 'cy' {
  return 'language' in document && (document as { language?: unknown }).language === 'cy' ? 'cy' : 'en';
}
