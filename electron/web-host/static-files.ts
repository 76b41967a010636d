import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BRIDGE_SCRIPT_PATH } from './bridge/messages';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** `page`: the app's page (index.html), which only a request with the launch key may have. */
export type StaticFile =
  | { status: 200; body: Buffer | string; type: string; cache: string; page?: true }
  | { status: 400 | 404; body: string };

/** Puts the bridge script in the head, before the app's module script, so `window.branchline` exists first. */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}"></script>`;
  const headEnd = html.indexOf('</head>');
  const firstScript = html.indexOf('<script');
  const at = firstScript >= 0 && (headEnd < 0 || firstScript < headEnd) ? firstScript : headEnd;
  return at >= 0 ? html.slice(0, at) + tag + html.slice(at) : tag + html;
}

/** Maps a URL path to a file inside `root`, or null when it would leave the folder. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const base = path.resolve(root);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

/** Serves the built renderer: files only (no listings), index.html for `/` and extension-less paths. */
export function createStaticFiles(rendererDir: string) {
  async function index(): Promise<StaticFile> {
    try {
      const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
      return { status: 200, body: injectBridge(html), type: MIME_TYPES['.html']!, cache: 'no-store', page: true };
    } catch {
      return {
        status: 404,
        body: `The app has not been built: ${path.join(rendererDir, 'index.html')} is missing. Run npm run build.`,
      };
    }
  }

  return async function serve(urlPath: string): Promise<StaticFile> {
    if (urlPath === '/' || urlPath === '/index.html') return index();
    const file = resolveInside(rendererDir, urlPath);
    if (!file) return { status: 400, body: 'Bad path' };
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      return path.extname(urlPath) === '' && !urlPath.startsWith('/__branchline/')
        ? index()
        : { status: 404, body: 'Not found' };
    }
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const immutable = urlPath.startsWith('/assets/');
    return {
      status: 200,
      body: await readFile(file),
      type,
      cache: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  };
}
