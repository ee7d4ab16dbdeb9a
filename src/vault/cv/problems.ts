// Reasons for rejecting a CV value. Each code is a stable name that pages translate, and the
// English text here is for developers. An AppError carries the code as params [path, problem].

/** Problems with the JSON text and its shapes, shared by the CV check and the import of exports. */
export const JSON_PROBLEMS = {
  invalidJson: 'not valid JSON',
  duplicateKey: 'the same key appears twice',
  forbiddenKey: 'a key such as __proto__ is not allowed',
  tooDeep: 'nested too deeply',
  tooMany: 'too many entries',
  tooLong: 'the text is too long',
  expectedObject: 'expected an object',
  expectedArray: 'expected a list',
  expectedString: 'expected text',
  expectedNumber: 'expected a number',
  expectedBoolean: 'expected true or false',
} as const;

export const CV_PROBLEMS = {
  ...JSON_PROBLEMS,
  tooLarge: 'the file is too large',
  invalidDate: 'expected a date like 2021-03-01, 2021-03 or 2021',
  invalidFullDate: 'expected a date like 2021-03-01',
  endBeforeStart: 'the end date is before the start date',
  invalidEmail: 'expected an email address like name@example.com',
  invalidUrl: 'expected a web address starting with https:// or http://',
  invalidPhone: 'expected a phone number of digits, spaces and + - ( )',
  invalidCountry: 'expected a two-letter country code such as SE, or EU',
  invalidCurrency: 'expected a three-letter currency code such as SEK',
  invalidPeriod: 'expected hour, month or year',
  invalidLicence: 'expected a driving licence category such as B or C1E',
  duplicateCountry: 'this country is listed twice',
  personnummerFormat: 'expected a personnummer like 19880412-1234',
  personnummerDate: 'the personnummer holds a date that does not exist',
  personnummerCheckDigit: 'the personnummer check digit is wrong',
  personnummerFuture: 'the personnummer holds a date in the future',
  birthDateMismatch: 'the birth date differs from the personnummer',
} as const;

export type CvProblem = keyof typeof CV_PROBLEMS;

/** One rejected value: where it is, as in `work[2].startDate`, and why. */
export interface CvIssue {
  path: string;
  problem: CvProblem;
}
