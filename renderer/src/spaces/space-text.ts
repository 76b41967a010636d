import type { Space } from '../../../shared/api/spaces';
import type { Locale } from '../../../shared/ipc/contract';

/** A piece of a space's own text, and the language it is written in (for `lang`, so screen readers pronounce it right). */
export type SpaceText = { text: string; lang: Locale };

type Named = Pick<Space, 'name' | 'nameCy'>;
type Described = Pick<Space, 'description' | 'descriptionCy'>;

/** The space's name in the UI's language: its Welsh name in a Welsh UI when it has one. */
export function spaceName(space: Named, locale: Locale): SpaceText {
  if (locale === 'cy' && space.nameCy) return { text: space.nameCy, lang: 'cy' };
  return { text: space.name, lang: 'en' };
}

/** The space's description in the UI's language; empty text when it has none. */
export function spaceDescription(space: Described, locale: Locale): SpaceText {
  if (locale === 'cy' && space.descriptionCy) return { text: space.descriptionCy, lang: 'cy' };
  return { text: space.description, lang: 'en' };
}

/** `lang` for an element showing `text`: only when it differs from the page's own language. */
export function langAttribute(text: SpaceText, locale: Locale): Locale | undefined {
  return text.lang === locale ? undefined : text.lang;
}
