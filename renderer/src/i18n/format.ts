/** Dates as people in Wales and England write them, in the UI's language. */
function intlLocale(language: string): string {
  return language === 'cy' ? 'cy-GB' : 'en-GB';
}

export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(intlLocale(language), { dateStyle: 'medium' });
}
