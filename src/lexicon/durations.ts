// Time units as notice periods and experience ranges write them, with their length in days.

export const UNIT_DAYS: [RegExp, number][] = [
  [/^(dag|dagar|day|days|d)$/, 1],
  [/^(vecka|veckor|veckan|week|weeks|v|w|wk|wks)$/, 7],
  [/^(månad|månader|månaders|month|months|mån|mo|mos)$/, 30],
  [/^(år|års|year|years|yr|yrs)$/, 365],
];

/** Phrases for "no notice period" or "at once". */
export const IMMEDIATE_WORDS = ['immediately', 'immediate', 'omgående', 'direkt', 'genast', 'ingen', 'none', 'no notice', 'asap', 'now', 'nu'];

/** Words that make a number an open lower or upper bound ("more than 3 months", "under 2 år"). */
export const MORE_WORDS = ['more than', 'over', 'above', 'mer än', 'fler än', 'över', 'minst', 'at least'];
export const LESS_WORDS = ['less than', 'under', 'below', 'mindre än', 'färre än', 'upp till', 'up to'];
