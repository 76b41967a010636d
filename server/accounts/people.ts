import { createHash } from 'node:crypto';

const PALETTE = ['#1d6fa5', '#a23b72', '#2e7d32', '#b35c00', '#6a4c93', '#00796b', '#c62828', '#4e5d6c'];

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return (
    letters
      .map((word) => [...word][0]!.toUpperCase())
      .join('')
      .slice(0, 3) || '?'
  );
}

/** A stable colour per person, from a palette readable behind white text. */
export function colourFor(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  return PALETTE[digest[0]! % PALETTE.length]!;
}
