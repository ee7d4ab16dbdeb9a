// Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
// whose day of birth has 60 added). Accepted input: 10 or 12 digits, with or without the
// separator. In the 10-digit form a `+` separator means the person is 100 or older, so it fixes
// the century. A `-` or no separator means the latest century that puts the date in the past.

export type PersonnummerProblem = 'format' | 'date' | 'checkDigit' | 'future';

export interface ParsedPersonnummer {
  /** YYYYMMDD-NNNN, with the day as written (day + 60 for a samordningsnummer). */
  normalized: string;
  /** The birth date, YYYY-MM-DD. */
  birthDate: string;
  isCoordinationNumber: boolean;
}

export type PersonnummerResult =
  | { ok: true; value: ParsedPersonnummer }
  | { ok: false; problem: PersonnummerProblem };

const PATTERN = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;
const COORDINATION_DAY_OFFSET = 60;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns the Luhn check digit for the nine digits YYMMDDNNN. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Picks the century for a two-digit year: the latest one whose date is not after `today`. */
function fullYear(twoDigitYear: number, month: number, day: number, hundredOrOlder: boolean, today: Date): number {
  const todayIso = isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
  let year = Math.floor(today.getFullYear() / 100) * 100 + twoDigitYear;
  if (isoDate(year, month, day) > todayIso) year -= 100;
  return hundredOrOlder ? year - 100 : year;
}

/**
 * Parses and validates a personnummer or samordningsnummer. `today` decides the century of a
 * 10-digit number and rejects birth dates in the future.
 */
export function parsePersonnummer(input: string, today: Date = new Date()): PersonnummerResult {
  const match = PATTERN.exec(input.trim().replace(/\s+/g, ''));
  if (!match) return { ok: false, problem: 'format' };
  const [, century, yy, mm, dd, separator, serial, check] = match as unknown as string[];

  const month = Number(mm);
  const writtenDay = Number(dd);
  const isCoordinationNumber = writtenDay > COORDINATION_DAY_OFFSET;
  const day = isCoordinationNumber ? writtenDay - COORDINATION_DAY_OFFSET : writtenDay;
  if (month < 1 || month > 12 || day < 1) return { ok: false, problem: 'date' };

  // Whether 29 February exists depends on the century, so the century is chosen with the 28th
  // and the day is checked against the full year afterwards.
  const year = century
    ? Number(century + yy)
    : fullYear(Number(yy), month, Math.min(day, 28), separator === '+', today);
  if (day > daysInMonth(year, month)) return { ok: false, problem: 'date' };

  const birthDate = isoDate(year, month, day);
  if (birthDate > isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate())) {
    return { ok: false, problem: 'future' };
  }
  if (luhnCheckDigit(`${yy}${mm}${dd}${serial}`) !== Number(check)) {
    return { ok: false, problem: 'checkDigit' };
  }
  return {
    ok: true,
    value: { normalized: `${year}${mm}${dd}-${serial}${check}`, birthDate, isCoordinationNumber },
  };
}

/**
 * Returns the birth date (YYYY-MM-DD) of a number already in the 12-digit form, separator or not,
 * with the samordningsnummer offset removed. Returns undefined for any other form or none. It does not
 * validate: use it on stored numbers, which `parsePersonnummer` checked before they were saved.
 */
export function birthDateOfPersonnummer(stored: string | undefined): string | undefined {
  const digits = stored?.replace(/\D/g, '') ?? '';
  if (digits.length !== 12) return undefined;
  const writtenDay = Number(digits.slice(6, 8));
  const day = writtenDay > COORDINATION_DAY_OFFSET ? writtenDay - COORDINATION_DAY_OFFSET : writtenDay;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${String(day).padStart(2, '0')}`;
}
