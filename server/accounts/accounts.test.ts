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
    const user = await accounts.addUser({
      email: 'Ann@Ascel.example',
      name: 'Ann Jones',
      password: 'reading for pleasure',
    });
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

describe('upgrading a version-1 accounts file', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'branchline-migrate-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('moves every document and person into one space, keeps the old file, and keeps sessions working', async () => {
    const v2 = await openDirectory(dir);
    const first = await v2.accounts.addUser({
      email: 'first@x.example',
      name: 'First Person',
      password: 'first password',
    });
    const second = await v2.accounts.addUser({
      email: 'second@x.example',
      name: 'Second Person',
      password: 'second password',
    });
    const { token } = await v2.accounts.createSession(second.id, 60_000);
    // Write what issue 2's server wrote: no spaces, no roles, documents without a space.
    const file = path.join(dir, 'accounts.json');
    const current = JSON.parse(await readFile(file, 'utf8'));
    const v1 = {
      version: 1,
      organisation: current.organisation,
      users: current.users.map(
        ({ serverAdmin: _a, service: _s, region: _r, ...user }: Record<string, unknown>) => user,
      ),
      sessions: current.sessions,
      documents: [
        {
          id: 'dOldDocument1',
          title: 'Old plan',
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
          createdBy: first.id,
        },
      ],
    };
    await writeFile(file, JSON.stringify(v1));

    const upgraded = await openDirectory(dir);
    expect(upgraded.accounts.findUser(first.id)?.serverAdmin).toBe(true);
    expect(upgraded.accounts.findUser(second.id)?.serverAdmin).toBe(false);
    expect(upgraded.accounts.userForToken(token)?.id).toBe(second.id);
    const document = upgraded.documents.find('dOldDocument1')!;
    expect(upgraded.spaces.find(document.spaceId)?.name).toBe('General');
    expect(upgraded.access.document(upgraded.accounts.findUser(second.id)!, document.id)?.access).toBe('write');
    const backups = (await readdir(dir)).filter((name) => name.startsWith('accounts.json.v1-backup-'));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(dir, backups[0]!), 'utf8'))).toEqual(v1);
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(2);
  });
});
