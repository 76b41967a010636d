import { createHash, randomBytes } from 'node:crypto';
import type { ProfileUpdate, PublicUser } from '../../shared/api/schemas';
import { AccountsFileError, type DirectoryFile } from './directory-file';
import type { DirectoryData, PasswordHash, StoredUser } from './schema';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { colourFor, initialsOf } from './people';

export { AccountsFileError } from './directory-file';

/** Someone already has an account with this email (perhaps made while this one's password was being hashed). */
export class EmailTaken extends AccountsFileError {
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`);
  }
}

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function publicUser(user: StoredUser): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    initials: user.initials,
    color: user.color,
    service: user.service,
    region: user.region,
  };
}

/** People, their sessions and the organisation. Spaces and documents are in ../spaces. */
export class Accounts {
  constructor(private readonly file: DirectoryFile) {}

  private get data(): DirectoryData {
    return this.file.data;
  }

  private save(): Promise<void> {
    return this.file.save();
  }

  get organisation() {
    return this.data.organisation;
  }

  async setOrganisation(name: string): Promise<void> {
    this.data.organisation = { name };
    await this.save();
  }

  isEmpty(): boolean {
    return this.data.users.length === 0 && this.data.documents.length === 0 && this.data.spaces.length === 0;
  }

  listUsers(): PublicUser[] {
    return this.data.users.map(publicUser);
  }

  findUser(id: string): StoredUser | undefined {
    return this.data.users.find((user) => user.id === id);
  }

  findUserByEmail(email: string): StoredUser | undefined {
    return this.data.users.find((user) => user.email === email.toLowerCase());
  }

  async addUser(input: { email: string; name: string; password: string; serverAdmin?: boolean }): Promise<PublicUser> {
    const email = input.email.toLowerCase();
    if (this.findUserByEmail(email)) throw new EmailTaken(email);
    return this.addUserWithHash(input, await hashPassword(input.password));
  }

  /**
   * Adds a person whose password is already hashed (the one slow step, done first), asking
   * whether the email is free in the same turn as the add: two sign-ups with one email can both
   * pass a check made before their passwords were hashed.
   */
  async addUserWithHash(
    input: { email: string; name: string; serverAdmin?: boolean },
    password: PasswordHash,
  ): Promise<PublicUser> {
    const email = input.email.toLowerCase();
    if (this.findUserByEmail(email)) throw new EmailTaken(email);
    const id = newId('user');
    const user: StoredUser = {
      id,
      email,
      name: input.name,
      initials: initialsOf(input.name),
      color: colourFor(id),
      password,
      createdAt: new Date().toISOString(),
      serverAdmin: input.serverAdmin ?? false,
      service: '',
      region: '',
    };
    this.data.users.push(user);
    await this.save();
    return publicUser(user);
  }

  async setServerAdmin(email: string, serverAdmin: boolean): Promise<void> {
    const user = this.findUserByEmail(email);
    if (!user) throw new AccountsFileError(`No user has the email ${email}.`);
    user.serverAdmin = serverAdmin;
    await this.save();
  }

  async updateProfile(userId: string, changes: ProfileUpdate): Promise<StoredUser | null> {
    const user = this.findUser(userId);
    if (!user) return null;
    Object.assign(user, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
    if (changes.name !== undefined && changes.initials === undefined) user.initials = initialsOf(changes.name);
    await this.save();
    return user;
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
    this.data.sessions.push({ tokenHash: hashSecret(token), userId, expiresAt });
    await this.save();
    return { token, expiresAt };
  }

  userForToken(token: string): StoredUser | null {
    if (token.length < 32 || token.length > 256) return null;
    const tokenHash = hashSecret(token);
    const session = this.data.sessions.find((candidate) => candidate.tokenHash === tokenHash);
    if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
    return this.findUser(session.userId) ?? null;
  }

  async endSession(token: string): Promise<void> {
    const tokenHash = hashSecret(token);
    this.data.sessions = this.data.sessions.filter((session) => session.tokenHash !== tokenHash);
    await this.save();
  }
}
