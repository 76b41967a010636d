import type { FailureCode } from '../../data/host';
import type { MessageKey } from '../../i18n/en';

/** What to tell someone whose invite did not work: an unknown code reads differently from a document gone. */
export function inviteErrorKey(error: FailureCode | 'not-an-invite' | 'needs-link'): MessageKey {
  if (error === 'not-an-invite' || error === 'invalid_request') return 'invites.notAnInvite';
  if (error === 'needs-link') return 'invites.needLink';
  if (error === 'not_found') return 'invites.notFound';
  return `errors.${error}`;
}
