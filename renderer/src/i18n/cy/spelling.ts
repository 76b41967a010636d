import type { spelling as en } from '../en/spelling';

/** Gwirio sillafu yn y golygydd dogfennau. */
export const spelling: Record<keyof typeof en, string> = {
  'spelling.bar': 'Sillafu',
  'spelling.language_en': 'Yn gwirio sillafu yn Saesneg (DU)',
  'spelling.language_cy': 'Yn gwirio sillafu yn Gymraeg',
  'spelling.off': 'Nid yw’r sillafu’n cael ei wirio',
  'spelling.checking': 'Yn gwirio’r sillafu…',
  'spelling.count_zero': 'Dim camgymeriadau sillafu',
  'spelling.count_one': '{{count}} camgymeriad sillafu',
  'spelling.count_two': '{{count}} gamgymeriad sillafu',
  'spelling.count_few': '{{count}} chamgymeriad sillafu',
  'spelling.count_many': '{{count}} chamgymeriad sillafu',
  'spelling.count_other': '{{count}} camgymeriad sillafu',
  'spelling.next': 'Y camgymeriad sillafu nesaf',
  'spelling.nextHint': 'F7 yn y testun',
  'spelling.toggle': 'Gwirio sillafu',
  'spelling.menu': 'Sillafiad “{{word}}”',
  'spelling.suggestions': 'Awgrymiadau',
  'spelling.noSuggestions': 'Dim awgrymiadau',
  'spelling.loadingSuggestions': 'Yn chwilio am awgrymiadau…',
  'spelling.add': 'Ychwanegu at y geiriadur',
  'spelling.ignore': 'Anwybyddu',
  'spelling.noneLeft': 'Heb ddod o hyd i gamgymeriadau sillafu',
  'spelling.replaced': 'Newidiwyd “{{word}}” i “{{suggestion}}”',
};
