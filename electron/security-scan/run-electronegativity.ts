import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run security:electron` (part of `npm run check`): Electronegativity over the code that
 * runs in Electron or decides what Electron does: electron/main, electron/preload and the
 * renderer (its TypeScript and index.html). Fails on any HIGH or MEDIUM finding, and on any
 * file it cannot parse (so a file is never skipped in silence). See electron/README.md.
 *
 * - Sources, not the build: Electronegativity parses TypeScript with the project's own
 *   @babel/parser (7.x reads `satisfies`), and the built bundles would add every library's
 *   code. Tests and test stand-ins (`*.test.ts`, `testing/`) are left out.
 * - Nothing is downloaded: the tool fetches translations and Electron's release list from the
 *   network when it runs. Its HTTP client is replaced with one that refuses at once, and the
 *   release-list check (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, which needs that download) is
 *   left out; the Electron version is read from node_modules instead.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCANNED = ['electron/main', 'electron/preload', 'renderer/src', 'renderer/index.html', 'package.json'];
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAILING = new Set(['HIGH', 'MEDIUM']);

type Issue = {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  sample?: string;
  description: string;
};
type Result = { errors: Array<{ file: string; message: string; tolerable: boolean }>; issues: Issue[] };
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<Result>;

function loadWithoutNetwork(): Run {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [packageDir] });
  const refuse = Object.assign(async () => Promise.reject(new Error('Branchline runs Electronegativity offline')), {});
  for (const method of ['get', 'head', 'post']) Object.assign(refuse, { [method]: refuse });
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: refuse,
  } as unknown as NodeJS.Module;
  const loaded = require('@doyensec/electronegativity') as Run | { default: Run };
  return typeof loaded === 'function' ? loaded : loaded.default;
}

async function main(): Promise<number> {
  const staging = await mkdtemp(path.join(tmpdir(), 'branchline-electronegativity-'));
  try {
    for (const part of SCANNED) {
      await cp(path.join(root, part), path.join(staging, part), {
        recursive: true,
        filter: (source) => !/\.test\.tsx?$/.test(source) && !source.split(path.sep).includes('testing'),
      });
    }
    const electronVersion = (
      JSON.parse(await readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    process.env.LANG = 'en-US';
    const quietLog = console.log;
    console.log = () => undefined; // the tool's own chatter about translations
    let result: Result;
    try {
      result = await loadWithoutNetwork()(
        {
          input: staging,
          customScan: [],
          excludeFromScan: SKIPPED_CHECKS.map((check) => check.toLowerCase()),
          isRelative: true,
          electronVersionOverride: electronVersion,
          parserPlugins: [],
        },
        false,
      );
    } finally {
      console.log = quietLog;
    }
    const failing = result.issues.filter((issue) => FAILING.has(issue.severity.name));
    for (const issue of result.issues) {
      const mark = FAILING.has(issue.severity.name) ? 'FAIL' : 'note';
      console.log(
        `${mark} ${issue.severity.name}/${issue.confidence.name} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column} ${issue.sample ?? ''}`.trimEnd(),
      );
    }
    for (const error of result.errors)
      console.log(`${error.tolerable ? 'note' : 'FAIL'} could not fully parse ${error.file}: ${error.message}`);
    const unparsed = result.errors.filter((error) => !error.tolerable);
    console.log(
      `Electronegativity ${electronVersion ? `(Electron ${electronVersion})` : ''} over ${SCANNED.join(', ')}: ${failing.length} HIGH or MEDIUM finding(s), ${result.issues.length - failing.length} lower, ${unparsed.length} file(s) not parsed.`,
    );
    return failing.length === 0 && unparsed.length === 0 ? 0 : 1;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Electronegativity could not run: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
