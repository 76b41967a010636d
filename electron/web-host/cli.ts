import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { HttpUrl } from '../../shared/ipc/contract';
import type { EmbeddedServer } from '../services/embedded-server';
import { startChildServer } from './embedded-server';
import { openInBrowser } from './open-browser';
import { defaultBridgeFile, defaultRendererDir, startWebHost } from './web-host';

/** For programs that start the host (the e2e tests, the bench), with --ready-line: `BRANCHLINE_WEB_READY <address>`. */
const READY_PREFIX = 'BRANCHLINE_WEB_READY';

const USAGE = `Usage: tsx electron/web-host/cli.ts [--data DIR] [--server URL] [--port N] [--host 127.0.0.1] [--activity-poll-seconds N] [--open] [--ready-line]
  --data    this device's folder (default .data/web-host): local store in DIR/local, embedded server in DIR/server
  --server  use this server instead of starting the embedded demo server
  --port    port to listen on (default 0: any free port)
  --host    only 127.0.0.1 is accepted: the host never listens beyond this computer
  --activity-poll-seconds  how often servers not on screen are asked for new activity (default 20)
  --open    open the address in this computer's browser where the system can (npm start does)
  --ready-line  also print "${READY_PREFIX} <address>" once ready, for programs that start the host`;

const Options = z.object({
  data: z.string().min(1).default('.data/web-host'),
  server: HttpUrl.optional(),
  port: z.coerce.number().int().min(0).max(65535).default(0),
  host: z.literal('127.0.0.1', { error: 'the browser host listens on 127.0.0.1 only' }).default('127.0.0.1'),
  'activity-poll-seconds': z.coerce.number().min(1).max(3600).default(20),
  open: z.boolean().default(false),
  'ready-line': z.boolean().default(false),
});

/** One line per room-log fsync when BRANCHLINE_TRACE_DURABLE=1: `BRANCHLINE_DURABLE {room, file, length, records, at}`. */
const DURABLE_PREFIX = 'BRANCHLINE_DURABLE';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      server: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'activity-poll-seconds': { type: 'string' },
      open: { type: 'boolean' },
      'ready-line': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  const parsed = Options.safeParse(values);
  if (!parsed.success) {
    console.error(
      `${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n')}\n\n${USAGE}`,
    );
    process.exit(2);
  }
  const options = parsed.data;
  const dataDir = path.resolve(options.data);
  let embedded: EmbeddedServer | null = null;
  if (!options.server) embedded = await startChildServer(path.join(dataDir, 'server'));
  const host = await startWebHost({
    dataDir: path.join(dataDir, 'local'),
    defaultServer: embedded ? { url: embedded.url, demoAccount: embedded.demoAccount } : { url: options.server! },
    rendererDir: defaultRendererDir(repoRoot),
    bridgeFile: defaultBridgeFile(repoRoot),
    port: options.port,
    activityPollMs: options['activity-poll-seconds'] * 1000,
    // For measuring the store's write interval from outside (e2e/write-interval.spec.ts).
    onDurable:
      process.env.BRANCHLINE_TRACE_DURABLE === '1'
        ? (write) => console.log(`${DURABLE_PREFIX} ${JSON.stringify(write)}`)
        : undefined,
  }).catch(async (error: unknown) => {
    await embedded?.stop();
    throw error;
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    host
      .close()
      .then(() => embedded?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Branchline did not shut down cleanly: ${String(error)}`);
          process.exit(1);
        },
      );
  };
  // Before saying it is running: whoever reads that may stop it at once, and it must still shut down cleanly.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (!options.open) console.log(`Branchline is running at ${host.url}`);
  else if (await openInBrowser(host.url))
    console.log(`Branchline is running at ${host.url} (opening it in your browser)`);
  else console.log(`Branchline is running. Open this address in your web browser: ${host.url}`);
  if (options['ready-line']) console.log(`${READY_PREFIX} ${host.url}`);
}

main().catch((error: unknown) => {
  console.error(`Branchline's browser host could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
