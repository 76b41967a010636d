import 'i18next';
import type { en } from './en';

/** Typed keys: `t('no.such.key')` fails the type check, and so does a key one catalogue lacks. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    keySeparator: false;
    nsSeparator: false;
  }
}
