import { BuiltInTemplateId } from '../../../shared/api/document-library';
import type { DocumentLanguage } from '../../../shared/api/schemas';
import type { Block } from '../blocks';
import { TEMPLATES_CY } from './built-in-cy';
import { TEMPLATES_EN } from './built-in-en';

/** A built-in template's content in the document's language; null for an id that is not built in. */
export function builtInTemplateBlocks(id: string, language: DocumentLanguage): Block[] | null {
  const known = BuiltInTemplateId.safeParse(id);
  if (!known.success) return null;
  return (language === 'cy' ? TEMPLATES_CY : TEMPLATES_EN)[known.data];
}
