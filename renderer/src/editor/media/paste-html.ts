/**
 * Pasted HTML, made ready for Lexical's HTML import (our nodes' importDOM does the rest).
 * Word's clipboard HTML keeps headings as <h1>… and tables as tables, but writes lists as
 * paragraphs marked `mso-list:l0 level2 lfo1` with the bullet or number as text; those become
 * real nested <ul>/<ol> here, and Word's leftovers (its list markers, <o:p>) go.
 */

/** Whether our own import should handle this paste (Word's markup, or images inside the HTML itself). */
export function needsOwnImport(html: string): boolean {
  return /urn:schemas-microsoft-com|mso-|<img[^>]+src=["']?data:image\//i.test(html);
}

const LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)/i;
// "1." "a)" "(iv)" "10." are numbers; "·", "o", "§", "–" are bullets.
const ORDERED_MARKER = /^\(?([0-9]{1,3}|[a-z]|[ivxlcdm]{1,6})[.)]$/i;

type WordListItem = { element: Element; level: number; ordered: boolean };

function wordListItem(element: Element): WordListItem | null {
  if (element.tagName !== 'P') return null;
  const match = LIST_STYLE.exec(element.getAttribute('style') ?? '');
  if (!match) return null;
  const markers = [...element.querySelectorAll('span')].filter((span) =>
    /mso-list:\s*ignore/i.test(span.getAttribute('style') ?? ''),
  );
  const marker = (markers[0]?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  for (const span of markers) span.remove();
  return { element, level: Number(match[2]), ordered: ORDERED_MARKER.test(marker) };
}

/** Turns each run of Word list paragraphs into nested lists, in place. */
function rebuildWordLists(doc: Document): void {
  const items = [...doc.body.querySelectorAll('p')];
  const done = new Set<Element>();
  for (const first of items) {
    if (done.has(first)) continue;
    const run: WordListItem[] = [];
    for (let element: Element | null = first; element; element = element.nextElementSibling) {
      const item = wordListItem(element);
      if (!item) break;
      run.push(item);
      done.add(element);
    }
    if (run.length === 0) continue;
    // Lists go where the run was, in order: each outermost list just before the run's first paragraph.
    const anchor = run[0]!.element;
    const stack: Array<{ level: number; list: Element }> = [];
    for (const item of run) {
      while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
      const top = stack[stack.length - 1];
      // A change between numbers and bullets at the same level starts a new list.
      const sameKind = top && top.level === item.level && (top.list.tagName === 'OL') === item.ordered;
      if (top && top.level === item.level && !sameKind) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent || parent.level < item.level) {
        const list = doc.createElement(item.ordered ? 'ol' : 'ul');
        if (parent) (parent.list.lastElementChild ?? parent.list).appendChild(list);
        else anchor.before(list);
        stack.push({ level: item.level, list });
      }
      const li = doc.createElement('li');
      li.append(...item.element.childNodes);
      stack[stack.length - 1]!.list.appendChild(li);
    }
    for (const item of run) item.element.remove();
  }
}

/** Cleans Word's clipboard HTML in place: its lists, its title style, its header rows, its <o:p> markers. */
export function normaliseWordHtml(doc: Document): void {
  for (const element of [...doc.body.getElementsByTagName('o:p')]) element.replaceWith(...element.childNodes);
  for (const title of [...doc.body.querySelectorAll('p.MsoTitle')]) {
    const heading = doc.createElement('h1');
    heading.append(...title.childNodes);
    title.replaceWith(heading);
  }
  // Word marks a table's repeated header rows with <thead> but still writes <td>: header cells they are.
  for (const cell of [...doc.body.querySelectorAll('thead td')]) {
    const header = doc.createElement('th');
    for (const { name, value } of [...cell.attributes]) header.setAttribute(name, value);
    header.append(...cell.childNodes);
    cell.replaceWith(header);
  }
  rebuildWordLists(doc);
}

/** The `<img>` elements whose picture is inside the HTML itself (a data: URL), with their bytes. */
export function inlineImages(doc: Document): Array<{ element: HTMLImageElement; bytes: Uint8Array }> {
  const found: Array<{ element: HTMLImageElement; bytes: Uint8Array }> = [];
  for (const element of [...doc.body.querySelectorAll('img')]) {
    const match = /^data:image\/[a-z0-9.+-]+;base64,([a-z0-9+/=\s]+)$/i.exec(element.getAttribute('src') ?? '');
    if (!match) continue;
    const binary = atob(match[1]!.replace(/\s/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    found.push({ element, bytes });
  }
  return found;
}
