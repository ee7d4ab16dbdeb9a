// CSV as RFC 4180 writes it: CRLF line ends, and fields with a comma, a quote or a line break
// quoted with inner quotes doubled. A cell that starts with = + - @, a tab or a carriage return
// gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
// formula (OWASP's advice against CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Returns one cell, guarded against formulas and quoted where RFC 4180 requires. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Returns a CSV document: a header row, then one row per record, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
