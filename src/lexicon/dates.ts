// Month names and the letters that date-format hints use, in Swedish and English.

export const MONTH_NAMES: Record<'sv' | 'en', string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

/** Letters that stand for the year, month and day in format hints (ÅÅÅÅ, JJJJ, TT in German). */
export const YEAR_LETTERS = 'yåj';
export const MONTH_LETTERS = 'm';
export const DAY_LETTERS = 'dt';
