import { createHash, randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { DocumentMeta, PublicUser } from '../../shared/api/schemas';
import { AccountsData, emptyAccounts, type StoredUser } from './schema';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { colourFor, initialsOf } from './people';

export class AccountsFileError extends Error {}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function publicUser(user: StoredUser): PublicUser {
  return { id: user.id, email: user.email, name: user.name, initials: user.initials, color: user.color };
}

/**
 * Accounts, sessions, the organisation and the document index, in one small JSON file
 * (lowdb writes it atomically). Nothing here trusts the file: it is validated on read.
 */
export class Accounts {
  private constructor(private readonly db: Low<AccountsData>) {}

  static async open(dataDir: string): Promise<Accounts> {
    await mkdir(dataDir, { recursive: true });
    const file = path.join(dataDir, 'accounts.json');
    const db = new Low<AccountsData>(new JSONFile<AccountsData>(file), emptyAccounts());
    try {
      await db.read();
    } catch (error) {
      throw new AccountsFileError(`${file} is not valid JSON (${(error as Error).message}). It was left as it is; restore it from a backup or move it aside.`);
    }
    const parsed = AccountsData.safeParse(db.data);
    if (!parsed.success) {
      throw new AccountsFileError(`${file} does not have the expected shape: ${parsed.error.issues[0]?.message ?? 'unknown'} at ${parsed.error.issues[0]?.path.join('.')}. It was left as it is.`);
    }
    db.data = parsed.data;
    return new Accounts(db);
  }

  private get data(): AccountsData {
    return this.db.data;
  }

  private save(): Promise<void> {
    return this.db.write();
  }

  get organisation() {
    return this.data.organisation;
  }

  async setOrganisation(name: string): Promise<void> {
    this.data.organisation = { name };
    await this.save();
  }

  isEmpty(): boolean {
    return this.data.users.length === 0 && this.data.documents.length === 0;
  }

  listUsers(): PublicUser[] {
    return this.data.users.map(publicUser);
  }

  findUser(id: string): StoredUser | undefined {
    return this.data.users.find((user) => user.id === id);
  }

  async addUser(input: { email: string; name: string; password: string }): Promise<PublicUser> {
    const email = input.email.toLowerCase();
    if (this.data.users.some((user) => user.email === email)) throw new AccountsFileError(`A user with the email ${email} already exists.`);
    const id = newId('user');
    const user: StoredUser = {
      id,
      email,
      name: input.name,
      initials: initialsOf(input.name),
      color: colourFor(id),
      password: await hashPassword(input.password),
      createdAt: new Date().toISOString(),
    };
    this.data.users.push(user);
    await this.save();
    return publicUser(user);
  }

  async resetPassword(email: string, password: string): Promise<void> {
    const user = this.data.users.find((candidate) => candidate.email === email.toLowerCase());
    if (!user) throw new AccountsFileError(`No user has the email ${email}.`);
    user.password = await hashPassword(password);
    // A new password ends every session signed in with the old one.
    this.data.sessions = this.data.sessions.filter((session) => session.userId !== user.id);
    await this.save();
  }

  async verifyLogin(email: string, password: string): Promise<StoredUser | null> {
    const user = this.data.users.find((candidate) => candidate.email === email.toLowerCase());
    const ok = await verifyPassword(password, user?.password ?? (await decoyHash()));
    return user && ok ? user : null;
  }

  async createSession(userId: string, ttlMs: number): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlMs).toISOString();
    const now = Date.now();
    this.data.sessions = this.data.sessions.filter((session) => Date.parse(session.expiresAt) > now);
    this.data.sessions.push({ tokenHash: hashToken(token), userId, expiresAt });
    await this.save();
    return { token, expiresAt };
  }

  userForToken(token: string): StoredUser | null {
    if (token.length < 32 || token.length > 256) return null;
    const tokenHash = hashToken(token);
    const session = this.data.sessions.find((candidate) => candidate.tokenHash === tokenHash);
    if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
    return this.findUser(session.userId) ?? null;
  }

  async endSession(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    this.data.sessions = this.data.sessions.filter((session) => session.tokenHash !== tokenHash);
    await this.save();
  }

  listDocuments(): DocumentMeta[] {
    return [...this.data.documents].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  findDocument(id: string): DocumentMeta | undefined {
    return this.data.documents.find((document) => document.id === id);
  }

  async addDocument(title: string, createdBy: string): Promise<DocumentMeta> {
    const now = new Date().toISOString();
    const document: DocumentMeta = { id: newId('d').replace('_', ''), title, createdAt: now, updatedAt: now, createdBy };
    this.data.documents.push(document);
    await this.save();
    return document;
  }

  async renameDocument(id: string, title: string): Promise<DocumentMeta | null> {
    const document = this.findDocument(id);
    if (!document) return null;
    document.title = title;
    document.updatedAt = new Date().toISOString();
    await this.save();
    return document;
  }
}
