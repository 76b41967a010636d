import { randomBytes } from 'node:crypto';
import type { Invite } from '../../shared/api/spaces';
import type { Role } from '../../shared/spaces/permissions';
import { hashSecret, newId } from '../accounts/accounts';
import type { DirectoryFile } from '../accounts/directory-file';
import type { StoredInvite } from '../accounts/schema';

export function toInvite(stored: StoredInvite): Invite {
  const { codeHash: _codeHash, ...invite } = stored;
  return invite;
}

export type InviteLookup = { status: 'usable'; invite: StoredInvite } | { status: 'gone' } | { status: 'missing' };

/**
 * A use of an invite, reserved the moment it was looked up (see Invites.claim): `used()` counts
 * it, `release()` gives it back if the request fails before that. Releasing after use does nothing.
 */
export type InviteClaim = { readonly invite: StoredInvite; release(): void };

/**
 * Invites to a space with a role. A code is 32 random bytes, shown once; only its SHA-256 is
 * stored, so a copy of accounts.json lets nobody in.
 */
export class Invites {
  /** Single-use invites whose one use a request has reserved and not yet counted or given back, and that request's claim. */
  private readonly claimed = new Map<string, InviteClaim>();

  constructor(private readonly file: DirectoryFile) {}

  private get all(): StoredInvite[] {
    return this.file.data.invites;
  }

  private usable(invite: StoredInvite, now = Date.now()): boolean {
    const spent = invite.uses > 0 || this.claimed.has(invite.id);
    return !invite.revoked && Date.parse(invite.expiresAt) > now && !(invite.singleUse && spent);
  }

  async create(input: {
    spaceId: string;
    role: Role;
    expiresInHours: number;
    singleUse: boolean;
    createdBy: string;
  }): Promise<{ invite: StoredInvite; code: string }> {
    const code = randomBytes(32).toString('base64url');
    const now = Date.now();
    const invite: StoredInvite = {
      id: newId('invite'),
      codeHash: hashSecret(code),
      spaceId: input.spaceId,
      role: input.role,
      expiresAt: new Date(now + input.expiresInHours * 3_600_000).toISOString(),
      singleUse: input.singleUse,
      uses: 0,
      revoked: false,
      createdAt: new Date(now).toISOString(),
      createdBy: input.createdBy,
    };
    // Dead invites are kept a week after they stop working, for the record, then dropped.
    const keepAfter = now - 7 * 24 * 3_600_000;
    this.file.data.invites = this.all.filter((old) => this.usable(old, now) || Date.parse(old.expiresAt) > keepAfter);
    this.file.data.invites.push(invite);
    await this.file.save();
    return { invite, code };
  }

  /** The invites of a space that can still be used. */
  live(spaceId: string): StoredInvite[] {
    return this.all.filter((invite) => invite.spaceId === spaceId && this.usable(invite));
  }

  lookup(code: string): InviteLookup {
    const codeHash = hashSecret(code);
    const invite = this.all.find((candidate) => candidate.codeHash === codeHash);
    if (!invite) return { status: 'missing' };
    return this.usable(invite) ? { status: 'usable', invite } : { status: 'gone' };
  }

  async revoke(spaceId: string, id: string): Promise<boolean> {
    const invite = this.all.find((candidate) => candidate.id === id && candidate.spaceId === spaceId);
    if (!invite) return false;
    invite.revoked = true;
    await this.file.save();
    return true;
  }

  /**
   * Reserves a use of an invite `lookup` has just found usable, in the same turn (no await
   * between): a single-use invite is then gone to every other request until this one counts
   * the use or gives it back. So eight sign-ups at once make one account, not eight.
   */
  claim(invite: StoredInvite): InviteClaim {
    const { id } = invite;
    const claim: InviteClaim = {
      invite,
      // Only its own reservation: once counted, a write refused after may have let another request claim it again.
      release: () => {
        if (this.claimed.get(id) === claim) this.claimed.delete(id);
      },
    };
    if (invite.singleUse) this.claimed.set(id, claim);
    return claim;
  }

  /**
   * Whether a claim still stands after an await: its invite not withdrawn or expired meanwhile,
   * and (single use) its one use still this claim's.
   */
  holds(claim: InviteClaim, now = Date.now()): boolean {
    const invite = this.all.find((candidate) => candidate.id === claim.invite.id);
    if (!invite || invite.revoked || Date.parse(invite.expiresAt) <= now) return false;
    return !invite.singleUse || (invite.uses === 0 && this.claimed.get(invite.id) === claim);
  }

  /** Counts the claimed use. If the write fails, the file's count stands and the claim's release gives the use back. */
  async used(claim: InviteClaim): Promise<void> {
    // Found again by id: a write refused meanwhile may have put back the objects the claim was made from.
    const invite = this.all.find((candidate) => candidate.id === claim.invite.id);
    if (invite) invite.uses += 1;
    claim.release();
    await this.file.save();
  }
}
