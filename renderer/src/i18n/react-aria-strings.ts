import ariaEnglish from 'react-aria/i18n/en-US';
import type { Locale } from '../../../shared/ipc/contract';

/**
 * React Aria's own words (a popover's hidden "Dismiss" button, a search field's "Clear
 * search", a list's "Suggestions"…) in the UI's language. React Aria has no Welsh, so it is
 * given its strings the way its server rendering does (two globals, read once), and the
 * strings it was given are changed in place when the language changes: its dictionaries keep
 * a reference to them and look each string up as it is used.
 */
/**
 * React Aria Components' own words (a Select's placeholder) beside React Aria's packages: its
 * dictionary module types its default export as a type only, so its few strings are written here.
 */
const english: typeof ariaEnglish = {
  ...ariaEnglish,
  'react-aria-components': {
    selectPlaceholder: 'Select an item',
    tableResizer: 'Resizer',
    dropzoneLabel: 'DropZone',
    colorSwatchPicker: 'Color swatches',
  },
};
type Strings = typeof english;
type PackageStrings = Strings[string];

const LOCALE_KEY = Symbol.for('react-aria.i18n.locale');
const STRINGS_KEY = Symbol.for('react-aria.i18n.strings');
/** Not a real locale: every locale React Aria is asked for falls back to it, so to these strings. */
const OWN_LOCALE = 'x-branchline';

/** Welsh for what the app's components say; packages the app does not use keep their English. */
const welsh: Record<string, Partial<PackageStrings>> = {
  '@react-aria/overlays': { dismiss: 'Cau' },
  '@react-aria/searchfield': { 'Clear search': 'Clirio’r chwiliad' },
  '@react-aria/autocomplete': { collectionLabel: 'Awgrymiadau' },
  '@react-aria/breadcrumbs': { breadcrumbs: 'Briwsion bara' },
  '@react-aria/menu': { longPressMessage: 'Pwyswch yn hir, neu pwyswch Alt a’r saeth i lawr, i agor y ddewislen' },
  '@react-aria/toast': { close: 'Cau' },
  'react-aria-components': { selectPlaceholder: 'Dewiswch eitem' },
  '@react-aria/tree': { expand: 'Ehangu', collapse: 'Cau' },
  '@react-aria/gridlist': {
    hasActionAnnouncement: 'mae gweithred ar y rhes',
    hasLinkAnnouncement: (args: { link: string }) => `mae dolen ar y rhes: ${args.link}`,
  },
  '@react-aria/combobox': {
    buttonLabel: 'Dangos awgrymiadau',
    listboxLabel: 'Awgrymiadau',
    selectedAnnouncement: (args: { optionText: string }) => `${args.optionText}, wedi’i ddewis`,
    // Welsh counts take the singular noun: "5 opsiwn ar gael".
    countAnnouncement: (args: { optionCount: number }) => `${args.optionCount} opsiwn ar gael.`,
    focusAnnouncement: (args: {
      isGroupChange: boolean;
      groupTitle: string;
      groupCount: number;
      optionText: string;
      isSelected: boolean;
    }) =>
      `${args.isGroupChange ? `Wedi mynd i’r grŵp ${args.groupTitle}, gyda ${args.groupCount} opsiwn. ` : ''}${args.optionText}${args.isSelected ? ', wedi’i ddewis' : ''}`,
  },
};

let given: Strings | null = null;

/** Gives React Aria its strings (once, before the first render), in `locale`. */
export function installReactAriaStrings(locale: Locale): void {
  if (!given) {
    given = Object.fromEntries(Object.entries(english).map(([name, strings]) => [name, { ...strings }]));
    const globals = window as unknown as Record<symbol, unknown>;
    globals[LOCALE_KEY] = OWN_LOCALE;
    globals[STRINGS_KEY] = given;
  }
  setReactAriaLanguage(locale);
}

/** Changes, in place, the strings React Aria was given. */
export function setReactAriaLanguage(locale: Locale): void {
  if (!given) return;
  for (const [name, strings] of Object.entries(english)) {
    Object.assign(given[name]!, strings, locale === 'cy' ? welsh[name] : {});
  }
}
