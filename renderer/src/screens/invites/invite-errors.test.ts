import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { cy } from '../../i18n/cy';
import { en } from '../../i18n/en';
import { translate } from '../../i18n/message';
import { inviteErrorKey, inviteErrorMessage } from './invite-errors';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { translation: en }, cy: { translation: cy } },
  lng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});

describe('what someone is told when their invite does not work', () => {
  it('names the invite’s server when it cannot be reached, in English and Welsh', async () => {
    const message = inviteErrorMessage('unreachable', 'http://127.0.0.1:41234');
    expect(translate(i18n.getFixedT('en'), message)).toBe(
      'That invite’s server can’t be reached (http://127.0.0.1:41234). It may be offline, or the link may be out of date.',
    );
    expect(translate(i18n.getFixedT('cy'), message)).toBe(
      'Methu cyrraedd gweinydd y gwahoddiad hwnnw (http://127.0.0.1:41234). Efallai ei fod all-lein, neu efallai fod y ddolen wedi dyddio.',
    );
  });

  it('reads as before for every other failure, and for an unreachable server whose address is not known', () => {
    expect(inviteErrorMessage('unreachable', null)).toEqual({ key: 'errors.unreachable' });
    expect(inviteErrorMessage('not_found', 'http://127.0.0.1:41234')).toEqual({ key: 'invites.notFound' });
    expect(inviteErrorMessage('needs-link', null)).toEqual({ key: inviteErrorKey('needs-link') });
  });
});
