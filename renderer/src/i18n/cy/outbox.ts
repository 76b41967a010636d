import type { outbox as english } from '../en/outbox';

export const outbox: Record<keyof typeof english, string> = {
  'outbox.open': 'Blwch allan ({{count}})',
  'outbox.heading': 'Blwch allan',
  'outbox.intro':
    'Newidiadau a wnaethoch chi pan nad oedd modd cyrraedd y gweinydd. Maen nhw’n cael eu cadw ar y ddyfais hon, a’u hanfon yn y drefn y gwnaethoch chi nhw, pob un unwaith.',
  'outbox.listLabel': 'Newidiadau yn y Blwch allan, yr hynaf yn gyntaf',
  'outbox.waitingOne': '1 newid yn aros i gael ei anfon.',
  'outbox.waitingMany': '{{count}} newid yn aros i gael eu hanfon.',
  'outbox.refusedOne': '1 newid wedi’i wrthod gan y gweinydd.',
  'outbox.refusedMany': '{{count}} newid wedi’u gwrthod gan y gweinydd.',
  'outbox.allSent': 'Mae pob newid wedi’i anfon.',
  'outbox.create': 'Creu “{{title}}”',
  'outbox.createIn': 'Creu “{{title}}” yn y gofod {{space}}',
  'outbox.rename': 'Ailenwi’n “{{title}}”',
  'outbox.stateWaiting': 'Yn aros i gael ei anfon',
  'outbox.stateRefused': 'Wedi’i wrthod gan y gweinydd',
  'outbox.queuedAt': 'Gwnaed {{date}}',
  'outbox.lastTried': 'Rhoddwyd cynnig arni ddiwethaf {{date}} (ymdrechion hyd yma: {{count}})',
  'outbox.sendNow': 'Anfon nawr',
  'outbox.sending': 'Wrthi’n anfon…',
  'outbox.notSent':
    'Does dim modd cyrraedd y gweinydd o hyd. Mae eich newidiadau’n aros yma, ac yn cael eu hanfon cyn gynted ag y bydd modd.',
  'outbox.discard': 'Gwaredu',
  'outbox.discardFor': 'Gwaredu: {{change}}',
  'outbox.discardTitle': 'Gwaredu’r newid hwn?',
  'outbox.discardBody': 'Fydd y newid hwn ddim yn cael ei anfon: {{change}}. Allwch chi ddim dadwneud hyn.',
  'outbox.discardConfirm': 'Gwaredu’r newid',
  'outbox.announceDiscarded': 'Newid wedi’i waredu.',
  'outbox.announceRefused': 'Gwrthododd y gweinydd newid. Agorwch y Blwch allan i weld pam.',
  'outbox.announceEmpty': 'Mae’r Blwch allan yn wag.',
};
