import type { app as english } from '../en/app';

export const app: Record<keyof typeof english, string> = {
  'app.name': 'Branchline',
  'app.skipToContent': 'Neidio i’r prif gynnwys',
  'app.primaryNav': 'Prif lywio',
  'app.profile': 'Eich proffil',
  'common.cancel': 'Canslo',
  'common.loading': 'Yn llwytho…',
  'common.working': 'Wrthi’n gweithio…',
  /** Short month names, January to December, comma-separated (for dates in lists). */
  'dates.monthsShort': 'Ion,Chwef,Maw,Ebr,Mai,Meh,Gorff,Awst,Medi,Hyd,Tach,Rhag',
  'servers.nav': 'Gweinyddion',
  'servers.add': 'Ychwanegu gweinydd',
  'servers.activity': '(gweithgarwch newydd)',
  'servers.signedOut': 'wedi allgofnodi',
  'servers.sessionEnded':
    'Mae eich sesiwn ar {{server}} wedi dod i ben. Dewiswch ef o dan Gweinyddion i fewngofnodi eto.',
  'errors.invalid_credentials': 'Dydy’r e-bost a’r cyfrinair ddim yn cyfateb. Gwiriwch nhw a rhowch gynnig arall arni.',
  'errors.rate_limited': 'Gormod o ymdrechion. Arhoswch funud, yna rhowch gynnig arall arni.',
  'errors.unauthorized': 'Mae eich sesiwn wedi dod i ben. Mewngofnodwch eto.',
  'errors.forbidden': 'Does gennych chi ddim caniatâd i wneud hynny.',
  'errors.not_found': 'Dydy hwnnw ddim yno mwyach. Efallai ei fod wedi’i symud neu ei ddileu.',
  'errors.invalid_request': 'Mae rhywbeth yn y ffurflen ddim yn iawn. Gwiriwch hi a rhowch gynnig arall arni.',
  'errors.payload_too_large': 'Mae hynny’n rhy hir i’w anfon.',
  'errors.conflict': 'Newidiodd rhywun arall hyn ar yr un pryd. Rhowch gynnig arall arni.',
  'errors.request_in_progress': 'Mae’r gweinydd yn dal i drin y newid hwn. Bydd yn cael ei anfon eto cyn bo hir.',
  'errors.locked': 'Mae cymedrolwr wedi cloi’r edefyn hwn: dim atebion newydd.',
  'errors.already_done': 'Roedd y gweinydd eisoes wedi gwneud y newid hwn.',
  'errors.gone':
    'Mae’r gwahoddiad hwnnw wedi dod i ben, wedi’i dynnu’n ôl neu wedi’i ddefnyddio’n barod. Gofynnwch am un newydd.',
  'errors.internal': 'Methodd y gweinydd â gwneud hynny nawr. Rhowch gynnig arall arni mewn munud.',
  'errors.unreachable': 'Methu cyrraedd y gweinydd. Gwiriwch eich cysylltiad, neu rhowch gynnig arall arni nes ymlaen.',
  'errors.unexpected': 'Aeth rhywbeth o’i le. Rhowch gynnig arall arni.',
  'status.online': 'Ar-lein',
  'status.offline': 'All-lein',
  'status.connecting': 'Yn cysylltu…',
  'status.offlineBanner':
    'Rydych chi all-lein. Mae eich newidiadau’n cael eu cadw ar y ddyfais hon a byddant yn cysoni pan fyddwch yn ailgysylltu.',
  'status.offlineBannerNotSaving':
    'Rydych chi all-lein, ac ni all y cyfrifiadur hwn gadw ar hyn o bryd. Cadwch Branchline ar agor: mae eich newidiadau’n cael eu cadw yn y cof a byddant yn cysoni pan fyddwch yn ailgysylltu.',
  'store.writing.read-only':
    'Ni all Branchline gadw ar y cyfrifiadur hwn: mae ei ffolder data yn ddarllen yn unig. Cadwch yr ap ar agor. Mae eich gwaith yn cael ei gadw yn y cof ac yn dal i gyrraedd y gweinydd pan fyddwch ar-lein, a bydd yn cael ei gadw yma cyn gynted ag y bydd modd ysgrifennu i’r ffolder eto.',
  'store.writing.disk-full':
    'Mae disg y cyfrifiadur hwn yn llawn, felly ni all Branchline gadw eich gwaith arno. Cadwch yr ap ar agor. Mae eich gwaith yn cael ei gadw yn y cof ac yn dal i gyrraedd y gweinydd pan fyddwch ar-lein. Rhyddhewch ychydig o le a bydd yn cael ei gadw yma ar unwaith.',
  'store.writing.io':
    'Ni all Branchline ddarllen nac ysgrifennu ei ddata ar y cyfrifiadur hwn. Cadwch yr ap ar agor. Mae eich gwaith yn cael ei gadw yn y cof ac yn dal i gyrraedd y gweinydd pan fyddwch ar-lein, ac mae Branchline yn dal i geisio ei gadw yma.',
  'store.damaged.settings':
    'Roedd ffeil gosodiadau Branchline ar y cyfrifiadur hwn wedi’i difrodi, felly dechreuodd yr ap gyda’i osodiadau diofyn. Efallai y bydd angen i chi fewngofnodi eto.',
  'store.damaged.server-cache':
    'Roedd copi all-lein y cyfrifiadur hwn o ofodau a dogfennau gweinydd wedi’i ddifrodi. Bydd yn cael ei lenwi eto o’r gweinydd.',
  'store.damaged.outbox':
    'Roedd blwch allan y cyfrifiadur hwn (newidiadau sy’n aros i gael eu hanfon at weinydd) wedi’i ddifrodi. Cafodd ei gadw o’r neilltu, nid ei ddileu; mae newidiadau a wnewch o hyn ymlaen yn cael eu ciwio a’u hanfon fel arfer.',
  'store.damaged.room-log':
    'Roedd rhan o’r copi o ddogfen a gadwyd ar y cyfrifiadur hwn wedi’i difrodi. Cafodd popeth arall ynddi ei lwytho, ac mae’r gweinydd yn rhoi’r gweddill pan fyddwch ar-lein.',
  'store.damaged.secret-key':
    'Roedd yr allwedd sy’n diogelu mewngofnodion a gadwyd ar y cyfrifiadur hwn wedi’i difrodi, felly mae angen i chi fewngofnodi eto.',
  'store.keptAs': 'Cadwyd y ffeil a ddifrodwyd fel {{file}}.',
  'store.leftInPlace': 'Nid oedd modd symud y ffeil a ddifrodwyd o’r neilltu, felly cafodd ei gadael lle’r oedd hi.',
  'store.dismiss': 'Cau’r neges',
  'settings.open': 'Gosodiadau',
  'settings.title': 'Gosodiadau',
  'settings.language': 'Iaith',
  'settings.languageSystem': 'Defnyddio iaith y system',
  'settings.languageEnglish': 'English',
  'settings.languageWelsh': 'Cymraeg',
  'settings.account': 'Cyfrif',
  'settings.signedInAs': 'Wedi mewngofnodi fel {{name}} ({{email}}) ar {{server}}',
  'settings.signOut': 'Allgofnodi',
  'settings.close': 'Cau’r gosodiadau',
};
