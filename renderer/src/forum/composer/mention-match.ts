/** A member of the space who can be mentioned. */
export type Mentionable = { id: string; name: string; initials: string; color: string };

/** How many people the mention list offers at once. */
export const MENTION_LIMIT = 8;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/**
 * The people whose name matches what follows "@": names starting with it first, then names
 * with a word starting with it ("jo" finds "Jo Evans" before "Siân Jones"); accents ignored.
 */
export function matchingPeople(people: readonly Mentionable[], query: string): Mentionable[] {
  const wanted = fold(query.trim());
  const starts: Mentionable[] = [];
  const words: Mentionable[] = [];
  for (const person of people) {
    const name = fold(person.name);
    if (name.startsWith(wanted)) starts.push(person);
    else if (name.split(/[\s'’-]+/).some((word) => word.startsWith(wanted))) words.push(person);
  }
  const byName = (a: Mentionable, b: Mentionable) => a.name.localeCompare(b.name);
  return [...starts.sort(byName), ...words.sort(byName)].slice(0, MENTION_LIMIT);
}
