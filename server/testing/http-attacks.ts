import net from 'node:net';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';

/** Helpers for tests that send the HTTP API what no client of ours would. */

export type RawAnswer = { status: number; contentType: string; body: string };

/** Sends `request` as it is, byte for byte (fetch would normalise paths), and reads the answer to its end. */
export function rawRequest(serverUrl: string, request: string | Buffer, timeoutMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(serverUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer'));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString();
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({
        status,
        contentType: /^content-type: *(.*)$/im.exec(head)?.[1]?.trim() ?? '',
        body: rest.join('\r\n\r\n'),
      });
    });
    socket.write(request);
  });
}

/** A raw HTTP/1.1 request that asks the server to close when it has answered. */
export function httpRequest(method: string, target: string, headers: Record<string, string> = {}, body = ''): string {
  const lines = [
    `${method} ${target} HTTP/1.1`,
    'Host: localhost',
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  if (body || method !== 'GET') lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The body of a chunked answer, reassembled. */
export function unchunk(body: string): string {
  if (!/^[0-9a-f]+\r\n/i.test(body)) return body;
  let out = '';
  let rest = body;
  for (;;) {
    const match = /^([0-9a-f]+)\r\n/i.exec(rest);
    const size = match ? parseInt(match[1]!, 16) : 0;
    if (!match || size === 0) return out;
    out += rest.slice(match[0].length, match[0].length + size);
    rest = rest.slice(match[0].length + size + 2);
  }
}

/** Ids that try to be paths, or are too long, or are simply not ids: each percent-encoded where a URL needs it. */
export const HOSTILE_IDS = [
  '..',
  '.',
  '%2e%2e',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2Fetc%2Fpasswd',
  '..%5C..%5Cwindows%5Csystem32',
  'C%3A%5CWindows',
  'rooms%2F..%2Faccounts.json',
  '%00',
  'abcdefgh%00.ylog',
  'doc%3A..%2F..',
  '~root',
  '%24%7Bjndi%3Aldap%3A%2F%2Fx%7D',
  '%3Cscript%3E',
  'a'.repeat(65),
  'a'.repeat(10_000),
  '%C3%BC'.repeat(12),
  '%20'.repeat(10),
];

/** Values of every wrong kind for a field. */
const WRONG_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  [],
  {},
  [1, 2],
  { nested: { deeper: true } },
  'x'.repeat(5000),
  '',
  ' ',
  '\u0000',
];

/** Arrays nested `depth` deep, as JSON text (too deep for JSON.stringify to make). */
const nestedJson = (depth: number) => `${'['.repeat(depth)}"bottom"${']'.repeat(depth)}`;

/**
 * Bodies generated from a valid one: every field given every wrong kind of value, each field
 * missing, the whole body of the wrong type, not JSON at all, deeply nested, or with a huge
 * string. Only those `schema` itself refuses are kept, so each must be answered 4xx.
 */
export function schemaBreakingBodies(
  valid: Record<string, unknown>,
  schema: z.ZodType,
): Array<{ name: string; body: string }> {
  const candidates: Array<{ name: string; body: string }> = [];
  const add = (name: string, value: unknown) => candidates.push({ name, body: JSON.stringify(value) });
  for (const field of Object.keys(valid)) {
    for (const wrong of WRONG_VALUES)
      add(`${field}: ${JSON.stringify(wrong).slice(0, 20)}`, { ...valid, [field]: wrong });
    add(`${field}: 60 KB`, { ...valid, [field]: 'y'.repeat(60_000) });
    const { [field]: _missing, ...without } = valid;
    add(`without ${field}`, without);
  }
  for (const whole of [null, 1, 'text', [], true, [valid]]) add(`body: ${JSON.stringify(whole).slice(0, 20)}`, whole);
  const kept = candidates.filter(({ body }) => !schema.safeParse(JSON.parse(body)).success);
  // No field of any schema takes an array of arrays, so these break every one.
  for (const field of Object.keys(valid))
    kept.push({
      name: `${field}: nested 5,000 deep`,
      body: JSON.stringify({ ...valid, [field]: '@' }).replace('"@"', nestedJson(5000)),
    });
  const texts = [
    '',
    '{',
    'not json',
    '{"a":1}trailing',
    "{'single': 'quotes'}",
    '\u0000\u0001',
    '['.repeat(30_000),
    nestedJson(20_000),
  ];
  for (const text of texts) kept.push({ name: `text: ${JSON.stringify(text).slice(0, 20)}`, body: text });
  return kept;
}

/** Every file under `root` except those under `except`, with its size and modification time. */
export async function fileTree(root: string, except: string): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  const walk = async (directory: string) => {
    for (const name of await readdir(directory)) {
      const full = path.join(directory, name);
      if (full === except || full.startsWith(except + path.sep)) continue;
      const info = await lstat(full);
      if (info.isDirectory()) await walk(full);
      tree.set(full, `${info.size}:${info.mtimeMs}`);
    }
  };
  await walk(root);
  return tree;
}
