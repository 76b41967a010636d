import { JSDOM } from 'jsdom';

type Globals = Record<'window' | 'document', unknown>;

/**
 * Runs `f` with a jsdom window as the global `window` and `document`, as @lexical/html expects
 * (it makes elements with the global document). Synchronous, so no other code sees the globals.
 * With `given`, that page's window (left open); else a blank one, closed after.
 */
export function withDom<T>(f: (window: JSDOM['window']) => T, given?: JSDOM): T {
  const dom = given ?? new JSDOM('<!doctype html><html><head></head><body></body></html>');
  const globals = globalThis as unknown as Partial<Globals>;
  const saved = { window: globals.window, document: globals.document };
  globals.window = dom.window;
  globals.document = dom.window.document;
  try {
    return f(dom.window);
  } finally {
    globals.window = saved.window;
    globals.document = saved.document;
    if (!given) dom.window.close();
  }
}
