/** The app around every screen: header, servers, connection, the device store, settings, errors. */
export const app = {
  'app.name': 'Branchline',
  'app.skipToContent': 'Skip to main content',
  'app.primaryNav': 'Main',
  'app.profile': 'Your profile',
  'common.cancel': 'Cancel',
  'common.loading': 'Loading…',
  'common.working': 'Working…',
  /** Short month names, January to December, comma-separated (for dates in lists). */
  'dates.monthsShort': 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec',
  'servers.nav': 'Servers',
  'servers.add': 'Add a server',
  'servers.activity': '(new activity)',
  'servers.signedOut': 'signed out',
  'servers.sessionEnded': 'Your session on {{server}} has ended. Choose it under Servers to sign in again.',
  'errors.invalid_credentials': 'That email and password don’t match. Check them and try again.',
  'errors.rate_limited': 'Too many attempts. Wait a minute, then try again.',
  'errors.unauthorized': 'Your session has ended. Sign in again.',
  'errors.forbidden': 'You don’t have permission to do that.',
  'errors.not_found': 'That’s no longer there. It may have been moved or deleted.',
  'errors.invalid_request': 'Something in the form isn’t right. Check it and try again.',
  'errors.payload_too_large': 'That is too long to send.',
  'errors.conflict': 'Someone else changed this at the same time. Try again.',
  'errors.request_in_progress': 'The server is still handling this change. It will be sent again shortly.',
  'errors.locked': 'A moderator has locked this thread: no new replies.',
  'errors.already_done': 'The server had already made this change.',
  'errors.gone': 'That invite has expired, been withdrawn or already been used. Ask for a new one.',
  'errors.internal': 'The server couldn’t do that just now. Try again in a moment.',
  'errors.unreachable': 'Can’t reach the server. Check your connection, or try again later.',
  'errors.unexpected': 'Something went wrong. Try again.',
  'status.online': 'Online',
  'status.offline': 'Offline',
  'status.connecting': 'Connecting…',
  'status.offlineBanner': 'You’re offline. Your changes are saved on this device and will sync when you reconnect.',
  'status.offlineBannerNotSaving':
    'You’re offline, and this computer can’t save right now. Keep Branchline open: your changes are kept in memory and will sync when you reconnect.',
  'store.writing.read-only':
    'Branchline can’t save to this computer: its data folder is read-only. Keep the app open. Your work is kept in memory and still reaches the server when you’re online, and it will be saved here as soon as the folder can be written to again.',
  'store.writing.disk-full':
    'This computer’s disk is full, so Branchline can’t save your work to it. Keep the app open. Your work is kept in memory and still reaches the server when you’re online. Free some space and it will be saved here straight away.',
  'store.writing.io':
    'Branchline can’t read or write its data on this computer. Keep the app open. Your work is kept in memory and still reaches the server when you’re online, and Branchline keeps trying to save it here.',
  'store.damaged.settings':
    'Branchline’s settings file on this computer was damaged, so the app started with its default settings. You may need to sign in again.',
  'store.damaged.server-cache':
    'This computer’s offline copy of a server’s spaces and documents was damaged. It will be filled again from the server.',
  'store.damaged.outbox':
    'This computer’s outbox (changes waiting to be sent to a server) was damaged. It was kept aside, not deleted; changes you make from now on are queued and sent as usual.',
  'store.damaged.room-log':
    'Part of this computer’s saved copy of a document was damaged. Everything else in it was loaded, and the server supplies the rest when you’re online.',
  'store.damaged.secret-key':
    'The key that protects saved sign-ins on this computer was damaged, so you need to sign in again.',
  'store.keptAs': 'The damaged file was kept as {{file}}.',
  'store.leftInPlace': 'The damaged file could not be moved aside, so it was left where it was.',
  'store.dismiss': 'Dismiss',
  'settings.open': 'Settings',
  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.languageSystem': 'Use system language',
  'settings.languageEnglish': 'English',
  'settings.languageWelsh': 'Cymraeg',
  'settings.account': 'Account',
  'settings.signedInAs': 'Signed in as {{name}} ({{email}}) on {{server}}',
  'settings.signOut': 'Sign out',
  'settings.close': 'Close settings',
} as const;
