import type { documents as english } from '../en/documents';

export const documents: Record<keyof typeof english, string> = {
  'documents.listLabel': 'Dogfennau yn y gofod hwn',
  'documents.empty': 'Dim dogfennau eto. Crëwch yr un gyntaf isod.',
  'documents.fromCache': 'Rydych chi all-lein, felly dyma’r rhestr fel y gwelodd y ddyfais hon hi ddiwethaf.',
  'documents.newHeading': 'Dogfen newydd',
  'documents.newTitle': 'Teitl',
  'documents.create': 'Creu',
  'documents.updated': 'Newidiwyd ddiwethaf {{date}}',
  'documents.rename': 'Ailenwi {{title}}',
  'documents.renameShort': 'Ailenwi',
  'documents.renameField': 'Teitl y ddogfen',
  'documents.save': 'Cadw',
  'documents.cancel': 'Canslo',
  'documents.offlineCreate':
    'Rydych chi all-lein. Mae dogfennau newydd rydych chi’n eu creu yn cael eu cadw ar y ddyfais hon a’u hanfon pan fyddwch ar-lein eto.',
  'documents.createQueued':
    'Bydd “{{title}}” yn cael ei chreu pan ddaw’r cysylltiad yn ôl. Tan hynny, mae’n aros yn y Blwch allan.',
  'documents.renameQueued':
    'Mae’r ddogfen wedi’i hailenwi’n “{{title}}” ar y ddyfais hon. Bydd y teitl newydd yn cael ei anfon pan ddaw’r cysylltiad yn ôl.',
  'documents.pendingCreate': 'Yn aros i gael ei hanfon',
  'documents.pendingCreateRefused': 'Heb ei chreu: gwrthododd y gweinydd hi. Gweler y Blwch allan.',
  'documents.renameWaiting': 'Teitl newydd yn aros i gael ei anfon',
  'documents.renameRefused': 'Gwrthododd y gweinydd y teitl newydd. Gweler y Blwch allan.',
  'documents.emptyReadOnly': 'Dim dogfennau yma eto.',
  'documents.move': 'Symud {{title}}',
  'documents.moveShort': 'Symud',
  'documents.moveTo': 'Symud i’r gofod',
  'documents.moveSubmit': 'Symud y ddogfen',
  'documents.moved': 'Wedi symud “{{title}}” i {{space}}.',
  'documents.noMoveTargets': 'Does dim gofod arall rydych chi’n ei reoli i’w symud iddo.',
};
