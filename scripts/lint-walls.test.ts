import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The walls eslint.config.js draws between processes, shown on code that breaks each one. */
const eslint = new ESLint();

async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message.split('.')[0]}`);
}

describe('lint walls', () => {
  it('keep Node built-ins (bare or node:) and host globals out of shared/', async () => {
    const found = await broken(
      'shared/example.ts',
      [
        "import { gzipSync } from 'zlib';",
        "import { Buffer as B } from 'buffer';",
        "import { readFile } from 'node:fs/promises';",
        "import { fromBase64 } from 'lib0/buffer';",
        'export const used = [gzipSync, B, readFile, fromBase64, document.title, process.env, window, new URL("a:b")];',
      ].join('\n'),
    );
    expect(found.filter((line) => line.startsWith('no-restricted-imports'))).toHaveLength(3);
    expect(found.filter((line) => line.startsWith('no-restricted-globals'))).toHaveLength(3);
  });

  it('keep Node out of the renderer, and Electron too', async () => {
    const found = await broken(
      'renderer/src/example.ts',
      "import { readFile } from 'fs';\nimport { ipcRenderer } from 'electron';\nexport const used = [readFile, ipcRenderer, process.env, Buffer];",
    );
    expect(found).toHaveLength(4);
  });

  it('let the preload import Electron and shared/ only', async () => {
    const found = await broken(
      'electron/preload/example.ts',
      [
        "import { contextBridge } from 'electron';",
        "import { buildBranchlineApi } from '../../shared/ipc/client';",
        "import { createHostHandlers } from '../services/handlers';",
        "import path from 'path';",
        'export const used = [contextBridge, buildBranchlineApi, createHostHandlers, path, process.env];',
      ].join('\n'),
    );
    expect(found).toHaveLength(3);
  });

  it('keep Electron and the server’s internals out of the services both hosts run', async () => {
    const found = await broken(
      'electron/services/example.ts',
      [
        "import { app } from 'electron';",
        "import { createApi } from '../../server/http/api';",
        "import { encodeRecords } from '../../server/storage/framed-log';",
        'export const used = [app, createApi, encodeRecords];',
      ].join('\n'),
    );
    expect(found).toHaveLength(2);
  });

  it('keep main from reaching into the page or the server’s code', async () => {
    const found = await broken(
      'electron/main/example.ts',
      "import { App } from '../../renderer/src/app/App';\nimport { createApi } from '../../server/http/api';\nexport const used = [App, createApi];",
    );
    expect(found).toHaveLength(2);
  });
});
