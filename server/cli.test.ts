import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDirectory } from './accounts/directory';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'cli.ts'), ...args]);

describe('admin CLI', () => {
  let dataDir: string;
  beforeEach(async () => (dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-cli-'))));
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('adds users, lists them and resets a password', async () => {
    const added = await cli(
      'user',
      'add',
      '--data',
      dataDir,
      '--email',
      'gwen@conwy.example',
      '--name',
      'Gwen Roberts',
    );
    const password = /Password: (\S+)/.exec(added.stdout)?.[1];
    expect(password).toBeTruthy();
    await cli(
      'user',
      'add',
      '--data',
      dataDir,
      '--email',
      'tom@kent.example',
      '--name',
      'Tom Hale',
      '--password',
      'longer password',
    );
    const listed = await cli('user', 'list', '--data', dataDir);
    expect(listed.stdout).toContain('gwen@conwy.example\tGwen Roberts');
    expect(listed.stdout).toContain('tom@kent.example\tTom Hale');
    await cli(
      'user',
      'reset-password',
      '--data',
      dataDir,
      '--email',
      'tom@kent.example',
      '--password',
      'a new password',
    );
    const accounts = (await openDirectory(dataDir)).accounts;
    expect(await accounts.verifyLogin('tom@kent.example', 'a new password')).not.toBeNull();
    expect(await accounts.verifyLogin('tom@kent.example', 'longer password')).toBeNull();
    expect(await accounts.verifyLogin('gwen@conwy.example', password!)).not.toBeNull();
  }, 30_000);

  it('adds a server admin and a space with people in roles, and refuses unknown people', async () => {
    await cli(
      'user',
      'add',
      '--data',
      dataDir,
      '--email',
      'ann@x.example',
      '--name',
      'Ann Admin',
      '--password',
      'ann password',
      '--server-admin',
    );
    await cli(
      'user',
      'add',
      '--data',
      dataDir,
      '--email',
      'obi@x.example',
      '--name',
      'Obi Observer',
      '--password',
      'obi password',
    );
    const added = await cli(
      'space',
      'add',
      '--data',
      dataDir,
      '--name',
      'North West',
      '--name-cy',
      'Gogledd Orllewin',
      '--admin',
      'ann@x.example',
      '--observer',
      'obi@x.example',
    );
    expect(added.stdout).toContain('Added the space "North West"');
    const listed = await cli('space', 'list', '--data', dataDir);
    expect(listed.stdout).toMatch(/North West\t.*ann@x\.example:admin/);
    expect(listed.stdout).toContain('obi@x.example:observer');
    expect((await cli('user', 'list', '--data', dataDir)).stdout).toMatch(
      /ann@x\.example\tAnn Admin\t\S+\tserver admin/,
    );
    const unknown = await cli(
      'space',
      'add',
      '--data',
      dataDir,
      '--name',
      'Nope',
      '--member',
      'nobody@x.example',
    ).catch((error: { code: number; stderr: string }) => error);
    expect(unknown).toMatchObject({ code: 1 });
    expect((await cli('space', 'list', '--data', dataDir)).stdout).not.toContain('Nope');
  }, 30_000);

  it('explains bad arguments with exit code 2', async () => {
    const failure = await cli('user', 'add', '--data', dataDir, '--email', 'not-an-email', '--name', 'X').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('--email');
    const unknown = await cli('frobnicate').catch((error: { code: number }) => error);
    expect(unknown).toMatchObject({ code: 2 });
  }, 30_000);
});
