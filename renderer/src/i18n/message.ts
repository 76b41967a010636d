import type { TFunction } from 'i18next';
import type { MessageKey } from './en';

/** A catalogue key and its values, worked out away from React and translated where it is shown. */
export type Message = { key: MessageKey; values?: Record<string, string | number> };

/**
 * Translates a Message. Typed keys also type each key's values; a Message's key is one of
 * several, so its values are checked where the Message is made, not here.
 */
export function translate(t: TFunction, message: Message): string {
  return (t as unknown as (key: string, values: object) => string)(message.key, message.values ?? {});
}
