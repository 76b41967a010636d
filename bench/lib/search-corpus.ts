import { seededRandom } from '../../server/testing/seeded-random';

/**
 * Synthetic text for the quick-find measure, as FINDINGS describes it: posts of 15–64 words,
 * 40 % Welsh (with the mutated forms Welsh text really has), common words very common
 * ("library" in most English posts), and a long tail of rare words; and documents of a
 * guide's length (headings and paragraphs). Seeded: every run indexes the same text.
 */

const ENGLISH = (
  'the of and to a in for is on that with as be by this are we at from or it our have will an can ' +
  'library libraries reading children families young people service services community local network ' +
  'volunteers branch summer challenge staff digital council partners health wellbeing culture ' +
  'creativity information event events books book session sessions group groups support plan ' +
  'review meeting committee region regional school schools learning skills adult adults older ' +
  'access offer offers programme project funding report data survey members member visit visits ' +
  'online training workshop workshops stock loans catalogue reader readers story stories club ' +
  'clubs rhyme time toddlers parents carers homework help advice job jobs computer computers wifi ' +
  'printing space spaces room rooms building opening hours weekend evening morning week month year'
).split(' ');

const WELSH = (
  'y yr a ac i o yn ar gyda mae bydd roedd ei eu ein ni chi nhw hefyd ond neu am at gan dros ' +
  'llyfrgell llyfrgelloedd darllen plant teuluoedd pobl ifanc gwasanaeth gwasanaethau cymuned ' +
  'gymuned nghymuned chymuned cymunedol gwirfoddolwyr cangen haf her staff digidol cyngor ' +
  'partneriaid iechyd lles diwylliant creadigrwydd gwybodaeth digwyddiad digwyddiadau llyfrau ' +
  'llyfr sesiwn grwp grwpiau cefnogaeth cynllun adolygiad cyfarfod pwyllgor rhanbarth ' +
  'rhanbarthol ysgol ysgolion hysgol dysgu ddysgu sgiliau oedolion gweithdy weithdy gweithdai ' +
  'prosiect cyllid adroddiad aelodau ymweliad ar-lein hyfforddiant stoc benthyciadau darllenwyr ' +
  'stori straeon clwb rhigymau amser rhieni gofalwyr gwaith cartref cymorth cyngor swydd ' +
  'cyfrifiadur cyfrifiaduron argraffu gofod ystafell adeilad oriau penwythnos noswaith bore ' +
  'wythnos mis blwyddyn dŵr tŷ gŵyl ŵyr mhentref bentref pentref nhref dref tref phlant blant ' +
  'rhaglen raglen chaerdydd nghaerdydd gaerdydd caerdydd'
).split(' ');

/** A made-up word that appears in very few posts: the rare-word queries look for these. */
export function rareWord(index: number): string {
  const syllables = ['zan', 'quor', 'vex', 'jul', 'kip', 'oth', 'yrm', 'bix', 'fen', 'drax'];
  let word = '';
  let value = index + 11;
  while (value > 0) {
    word += syllables[value % syllables.length];
    value = Math.floor(value / syllables.length);
  }
  return word;
}

const RARE_WORDS = 20_000;

/** Zipf-like: early words in a list are far more common than late ones. */
function pick(list: readonly string[], random: () => number): string {
  return list[Math.floor(list.length * random() ** 2.2)]!;
}

function sentence(random: () => number, words: number, welsh: boolean): string {
  const out: string[] = [];
  for (let index = 0; index < words; index++) {
    if (random() < 0.015) out.push(rareWord(Math.floor(random() * RARE_WORDS)));
    else out.push(pick(welsh && random() > 0.05 ? WELSH : ENGLISH, random));
  }
  // English posts are about the library most of the time; Welsh ones sometimes name it in English.
  if (random() < (welsh ? 0.2 : 0.83)) out.splice(Math.floor(random() * out.length), 0, 'library');
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export type Post = { id: string; text: string; welsh: boolean };

export function syntheticPosts(count: number, seed = 1): Post[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const welsh = random() < 0.4;
    return {
      id: `post${String(index).padStart(7, '0')}`,
      text: sentence(random, 15 + Math.floor(random() * 50), welsh),
      welsh,
    };
  });
}

export type GuideDocument = { id: string; title: string; blocks: string[] };

/** Documents of a guide's length: 10–80 blocks (one in eight a heading) of 15–90 words. */
export function syntheticDocuments(count: number, seed = 2): GuideDocument[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const welsh = random() < 0.4;
    const blocks = Array.from({ length: 10 + Math.floor(random() * 70) }, () =>
      random() < 0.125
        ? sentence(random, 3 + Math.floor(random() * 5), welsh)
        : sentence(random, 15 + Math.floor(random() * 75), welsh),
    );
    return {
      id: `doc${String(index).padStart(7, '0')}`,
      title: sentence(random, 3 + Math.floor(random() * 6), welsh),
      blocks,
    };
  });
}
