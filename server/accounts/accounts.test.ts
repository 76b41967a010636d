import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountsFileError } from './accounts';
import { openDirectory } from './directory';

describe('accounts', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'branchline-accounts-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('refuses a damaged accounts file with a clear error and leaves it untouched', async () => {
    const file = path.join(dir, 'accounts.json');
    for (const damaged of ['{ "users": [', JSON.stringify({ users: 'nobody' })]) {
      await writeFile(file, damaged);
      await expect(openDirectory(dir).then((d) => d.accounts)).rejects.toBeInstanceOf(AccountsFileError);
      expect(await readFile(file, 'utf8')).toBe(damaged);
    }
    expect(await readdir(dir)).toEqual(['accounts.json']);
  });

  it('stores only a hash of each session token, and a new password ends old sessions', async () => {
    const accounts = await openDirectory(dir).then((d) => d.accounts);
    const user = await accounts.addUser({ email: 'Ann@Ascel.example', name: 'Ann Jones', password: 'reading for pleasure' });
    expect(await accounts.verifyLogin('ann@ascel.example', 'reading for pleasure')).not.toBeNull();
    expect(await accounts.verifyLogin('ann@ascel.example', 'wrong password')).toBeNull();
    const { token } = await accounts.createSession(user.id, 60_000);
    expect(accounts.userForToken(token)?.id).toBe(user.id);
    const stored = await readFile(path.join(dir, 'accounts.json'), 'utf8');
    expect(stored).not.toContain(token);
    expect(stored).not.toContain('reading for pleasure');
    const reopened = await openDirectory(dir).then((d) => d.accounts);
    expect(reopened.userForToken(token)?.id).toBe(user.id);
    await reopened.resetPassword('ann@ascel.example', 'a brand new password');
    expect(reopened.userForToken(token)).toBeNull();
    const { token: expired } = await reopened.createSession(user.id, -1);
    expect(reopened.userForToken(expired)).toBeNull();
  });
});
