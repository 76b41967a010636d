import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { startHostServices, type HostServices, type HostServicesOptions } from '../services/host-services';
import { openKeyFileSecretBox } from '../services/secret-box';
import type { DefaultServerConfig } from '../services/default-server';
import { isSafeExternalUrl } from '../services/open-external';
import { BRIDGE_SCRIPT_PATH, KEY_PARAM } from './bridge/messages';
import { createIpcSocket, sameSecret } from './ipc-socket';
import { keyPage } from './key-page';
import { SECURITY_HEADERS } from '../services/security-headers';
import { createStaticFiles, type StaticFile } from './static-files';

export type WebHostOptions = {
  /** Local store folder (this "device"). */
  dataDir: string;
  defaultServer: DefaultServerConfig;
  rendererDir: string;
  bridgeFile: string;
  port?: number;
  version?: string;
  /** How often servers not on screen are asked for new activity. */
  activityPollMs?: number;
  log?: (message: string) => void;
  /** Told after every room-log fsync (the CLI prints these for the write-interval test). */
  onDurable?: HostServicesOptions['onDurable'];
};

const FAVICON_PATH = '/favicon.svg';

export type WebHost = { url: string; origin: string; secret: string; services: HostServices; close(): Promise<void> };

/** The browser host: the services in plain Node, the built renderer over HTTP, the contract over a WebSocket. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((message: string) => console.error(message));
  const secret = randomBytes(24).toString('base64url');
  let broadcast: (event: string, payload: unknown) => void = () => undefined;
  const services = await startHostServices({
    host: 'web',
    version: options.version ?? '0.1.0',
    dataDir: options.dataDir,
    secrets: openKeyFileSecretBox,
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => broadcast(event, payload),
    // A browser tab opens links itself; the host only records a refused or passed link.
    openExternal: async (url) => void (isSafeExternalUrl(url) && log(`Open this link in your browser: ${url}`)),
    defaultServer: options.defaultServer,
    activityPollMs: options.activityPollMs,
    log,
    onDurable: options.onDurable,
  });
  const ipc = createIpcSocket(services.handlers, log);
  broadcast = ipc.broadcast;
  const serveStatic = createStaticFiles(options.rendererDir);
  let origin = '';

  const send = (
    response: ServerResponse,
    status: number,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) => {
    response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    response.end(body);
  };

  const server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`)
      return send(response, 421, 'Wrong host');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const url = new URL(request.url ?? '/', origin);
    const pathname = url.pathname;
    const reply: Promise<StaticFile> =
      pathname === BRIDGE_SCRIPT_PATH
        ? readFile(options.bridgeFile).then(
            (body) => ({ status: 200 as const, body, type: 'text/javascript; charset=utf-8', cache: 'no-store' }),
            () => ({
              status: 404 as const,
              body: `The browser bridge has not been built (${options.bridgeFile}). Run npm run build.`,
            }),
          )
        : // Browsers ask for /favicon.ico whatever the page says: it is the app's SVG icon.
          serveStatic(pathname === '/favicon.ico' ? FAVICON_PATH : pathname);
    reply.then(
      (file) => {
        if (file.status !== 200) return send(response, file.status, file.body);
        // The app's page only with this launch's key; otherwise, how to get in.
        if (file.page && !sameSecret(url.searchParams.get(KEY_PARAM) ?? '', secret))
          return send(response, 403, keyPage(request.headers['accept-language']), {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
          });
        send(response, 200, file.body, { 'Content-Type': file.type, 'Cache-Control': file.cache });
      },
      (error: unknown) => {
        log(`Could not serve ${pathname}: ${String(error)}`);
        send(response, 500, 'Internal error');
      },
    );
  });
  server.on('upgrade', (request, stream, head) => ipc.handleUpgrade(request, stream, head, { origin, secret }));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/?${KEY_PARAM}=${secret}`,
    origin,
    secret,
    services,
    async close() {
      ipc.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
}

export const defaultRendererDir = (repoRoot: string) => path.join(repoRoot, 'out', 'renderer');
export const defaultBridgeFile = (repoRoot: string) => path.join(repoRoot, 'out', 'web-bridge', 'bridge.js');
