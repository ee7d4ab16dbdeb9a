// Language names and levels as data. Names come from Intl.DisplayNames in Swedish and English for
// the ISO 639-1 codes below; levels map the words CVs and forms use onto the CEFR scale.

/** ISO 639-1 codes whose names are recognised in CVs and in form options. */
export const LANGUAGE_CODES = (
  'sv en fi no nb nn da is de fr es it pt nl pl ru uk ar fa ku so ti am tr el hu cs sk sl hr sr bs ' +
  'ro bg et lv lt sq hy ka he hi ur bn pa ta te zh ja ko vi th id ms tl sw yo ha ig se zu af ps ' +
  'mk be mt ga cy eu ca gl'
).split(' ');

/** Level ranks: 1-6 are CEFR A1..C2; 7 is a native or bilingual speaker. */
export const CEFR_RANK: Record<string, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };
export const NATIVE_RANK = 7;

/** Words for a level, longest phrases first when matched, with their rank. */
export const LEVEL_WORDS: [string, number][] = [
  ['modersmål', 7], ['modersmålsnivå', 7], ['native or bilingual proficiency', 7],
  ['native or bilingual', 7], ['native speaker', 7], ['native', 7], ['mother tongue', 7],
  ['first language', 7], ['bilingual', 7], ['tvåspråkig', 7], ['förstaspråk', 7],
  ['full professional proficiency', 5], ['flytande', 5], ['fluent', 5], ['fluently', 5],
  ['expert', 6], ['proficient', 6], ['mastery', 6],
  ['professional working proficiency', 4], ['mycket goda kunskaper', 4], ['mycket god', 4],
  ['very good', 4], ['advanced', 4], ['avancerad', 4], ['upper intermediate', 4],
  ['limited working proficiency', 3], ['goda kunskaper', 3], ['god', 3], ['good', 3],
  ['intermediate', 3], ['medel', 3], ['conversational', 3], ['konversation', 3],
  ['elementary proficiency', 2], ['grundläggande', 2], ['basic', 2], ['elementary', 2],
  ['begränsad', 2], ['limited', 2], ['nybörjare', 1], ['beginner', 1], ['novice', 1],
];
