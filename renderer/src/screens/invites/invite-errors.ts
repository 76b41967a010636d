import type { FailureCode } from '../../data/host';
import type { MessageKey } from '../../i18n/en';
import type { Message } from '../../i18n/message';

export type InviteError = FailureCode | 'not-an-invite' | 'needs-link';

/** What to tell someone whose invite did not work: an unknown code reads differently from a document gone. */
export function inviteErrorKey(error: InviteError): MessageKey {
  if (error === 'not-an-invite' || error === 'invalid_request') return 'invites.notAnInvite';
  if (error === 'needs-link') return 'invites.needLink';
  if (error === 'not_found') return 'invites.notFound';
  return `errors.${error}`;
}

/**
 * The same, naming the invite's server when it cannot be reached (`inviteServer`: the address
 * the link names, or the chosen server's for a bare code): the fault is that server, or an old
 * link, more often than the person's own connection. Shown with `translate(t, message)`.
 */
export function inviteErrorMessage(error: InviteError, inviteServer: string | null): Message {
  if (error === 'unreachable' && inviteServer)
    return { key: 'invites.serverUnreachable', values: { address: inviteServer } };
  return { key: inviteErrorKey(error) };
}
