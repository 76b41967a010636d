/**
 * react-aria's per-language strings (`react-aria/i18n/<locale>`) are values, but its type file
 * declares the default export as a type only; this says what the module is.
 */
declare module 'react-aria/i18n/en-US' {
  type LocalizedString = string | ((args: never, formatter: never) => string);
  const strings: Record<string, Record<string, LocalizedString>>;
  export default strings;
}
