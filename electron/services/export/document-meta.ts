import { z } from 'zod';

/** What an export needs to know about its document besides its content. */
export type ExportMeta = {
  title: string;
  /** The people named as its authors (the DOCX creator, the HTML author meta). */
  authors: string[];
  language: 'en' | 'cy';
};

/** An image's bytes for `branchline-image:<sha256>` (doc-media's device cache), or null when not on this device. */
export type ResolveImage = (src: string) => Promise<{ bytes: Uint8Array; contentType: string } | null>;

export const noImages: ResolveImage = async () => null;

/** BCP 47 tags: the HTML page and PDF say `en-GB` or `cy`, Word wants a region (`cy-GB`). */
export const htmlLanguage = (language: ExportMeta['language']) => (language === 'cy' ? 'cy' : 'en-GB');
export const wordLanguage = (language: ExportMeta['language']) => (language === 'cy' ? 'cy-GB' : 'en-GB');

/** A file name from the title: letters (any script), digits, spaces, dashes; never empty, never a path. */
export function exportFileName(title: string, extension: string): string {
  const safe = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${safe || 'document'}.${extension}`;
}

export const IMAGE_TYPES = z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
