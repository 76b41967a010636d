import { $generateDOMFromNodes } from '@lexical/html';
import { JSDOM } from 'jsdom';
import type { LexicalEditor } from 'lexical';
import { withDom } from './dom';
import { htmlLanguage, type ExportMeta, type ResolveImage } from './document-meta';

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Plain, readable print styles; no scripts, nothing fetched. */
const PAGE_STYLE = `
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5; color: #1a1a1a; margin: 0; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #555; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th p, td p { margin: 0; }
img { max-width: 100%; height: auto; }
blockquote { border-left: 4px solid #888; margin-left: 0; padding-left: 1rem; }
a { color: #0645ad; }
`;

function skeleton(meta: ExportMeta): JSDOM {
  const dom = new JSDOM('<!doctype html><html><head><meta charset="utf-8"></head><body><main></main></body></html>');
  const { document } = dom.window;
  document.documentElement.setAttribute('lang', htmlLanguage(meta.language));
  const head = document.head;
  const add = (tag: string, attributes: Record<string, string>, text?: string) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    head.append(element);
  };
  add('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' });
  add('title', {}, meta.title);
  if (meta.authors.length > 0) add('meta', { name: 'author', content: meta.authors.join(', ') });
  add('meta', { name: 'generator', content: 'Branchline' });
  add('style', {}, PAGE_STYLE);
  return dom;
}

/** Lexical's editor markup (classes, inline styles, keys) has no place in a file. */
function tidy(main: Element): void {
  for (const element of main.querySelectorAll('*')) {
    for (const name of element.getAttributeNames())
      if (name === 'class' || name === 'style' || name.startsWith('data-') || name === 'dir')
        element.removeAttribute(name);
  }
  for (const link of main.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    if (!SAFE_LINK.test(href)) link.removeAttribute('href');
  }
  // Bold and italic come as <b><strong>…</strong></b>: one element says it.
  for (const wrapper of main.querySelectorAll('b, i')) {
    const only = wrapper.children.length === 1 ? wrapper.firstElementChild : null;
    if (only && wrapper.childNodes.length === 1 && ['STRONG', 'EM'].includes(only.tagName)) wrapper.replaceWith(only);
  }
  // Lexical wraps every text run in a <span>; with its attributes gone, it says nothing.
  for (const span of main.querySelectorAll('span'))
    if (span.attributes.length === 0) span.replaceWith(...span.childNodes);
  for (const cell of main.querySelectorAll('th')) {
    const row = cell.parentElement;
    const firstRow = row?.parentElement?.querySelector('tr') === row;
    cell.setAttribute('scope', firstRow ? 'col' : 'row');
  }
}

async function inlineImages(main: Element, resolveImage: ResolveImage): Promise<void> {
  for (const image of main.querySelectorAll('img')) {
    const src = image.getAttribute('src') ?? '';
    const found = src.startsWith('branchline-image:') ? await resolveImage(src) : null;
    if (found) {
      image.setAttribute('src', `data:${found.contentType};base64,${Buffer.from(found.bytes).toString('base64')}`);
      continue;
    }
    // Not on this device (or not ours): the alt text stays in its place, never a broken or outside address.
    const text = image.ownerDocument.createElement('span');
    text.textContent = `[${image.getAttribute('alt') ?? ''}]`;
    image.replaceWith(text);
  }
}

/**
 * A complete, accessible page: its language, title and author; real headings, lists, tables
 * with scoped header cells, links and images with alt text inlined as data: URLs.
 */
export async function htmlFromEditor(editor: LexicalEditor, meta: ExportMeta, resolveImage: ResolveImage) {
  const dom = skeleton(meta);
  const main = dom.window.document.querySelector('main')!;
  // Made straight into the page (no HTML string in between: a long document's parse is most of the time).
  withDom(() => editor.read(() => $generateDOMFromNodes(main, null, editor)), dom);
  tidy(main);
  await inlineImages(main, resolveImage);
  // A page has one top heading: the title, when the document itself starts without one.
  if (!main.querySelector('h1')) {
    const heading = dom.window.document.createElement('h1');
    heading.textContent = meta.title;
    main.prepend(heading);
  }
  const html = dom.serialize();
  dom.window.close();
  return html;
}
