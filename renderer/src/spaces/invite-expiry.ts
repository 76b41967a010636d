/** How long a new invite lasts: the choices offered, in hours, with the catalogue key naming each. */
export const INVITE_EXPIRY_CHOICES = [
  { hours: 24, label: 'invites.expiry1' },
  { hours: 7 * 24, label: 'invites.expiry7' },
  { hours: 30 * 24, label: 'invites.expiry30' },
] as const;

/** A week: long enough to reach someone by email, short enough that a forgotten link dies. */
export const DEFAULT_INVITE_HOURS = 7 * 24;
