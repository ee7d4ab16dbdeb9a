// Import of a JSON Resume file. The file's `x-application` object becomes the CV's application
// facts. Every other key, known to the model or not, is kept as it is.
import { AppError } from '../../messaging/protocol';
import { findDuplicateKey } from './duplicate-keys';
import type { Cv } from './model';
import { CV_PROBLEMS, type CvProblem } from './problems';
import { LIMITS } from './rules';
import { checkCv, findGenericIssues } from './validate';

export const APPLICATION_KEY = 'x-application';

/** Other spellings of application fact names that files use, mapped to the model's names. */
const APPLICATION_ALIASES: Record<string, string> = {
  driversLicense: 'driversLicence',
  drivingLicence: 'driversLicence',
  drivingLicense: 'driversLicence',
  workAuthorization: 'workAuthorisation',
  earliestStart: 'earliestStartDate',
  dateOfBirth: 'birthDate',
};

function importError(path: string, problem: CvProblem, detail: string = CV_PROBLEMS[problem]): AppError {
  return new AppError('invalidImport', `${path || '(root)'}: ${detail}`, [path, problem]);
}

function mapApplication(extras: unknown): Record<string, unknown> {
  if (extras === undefined) return { driversLicence: [], workAuthorisation: [] };
  if (typeof extras !== 'object' || extras === null || Array.isArray(extras)) {
    throw importError(APPLICATION_KEY, 'expectedObject');
  }
  const facts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extras)) {
    const name = APPLICATION_ALIASES[key] ?? key;
    if (name !== key && Object.hasOwn(extras, name)) facts[key] = value;
    else facts[name] = value;
  }
  facts.driversLicence ??= [];
  facts.workAuthorisation ??= [];
  return facts;
}

/**
 * Parses a JSON Resume document and returns the CV it describes, validated and normalised.
 * Throws AppError('invalidImport') with params [path, problem] for malformed JSON, repeated keys,
 * keys such as __proto__, wrong types and invalid values. Nothing is stored.
 */
export function importJsonResume(text: string, today?: Date): Cv {
  if (typeof text !== 'string') throw importError('', 'expectedString');
  if (text.length > LIMITS.maxImportChars) throw importError('', 'tooLarge');
  const source = text.replace(/^\uFEFF/, '');

  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw importError('', 'invalidJson', `not valid JSON: ${(error as Error).message}`);
  }
  const duplicate = findDuplicateKey(source);
  if (duplicate !== null) throw importError(duplicate, 'duplicateKey');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw importError('', 'expectedObject');
  }

  // Checked before anything copies the data, so the paths are the file's own.
  const generic = findGenericIssues(data);
  if (generic[0]) throw importError(generic[0].path, generic[0].problem);

  const { [APPLICATION_KEY]: extras, ...resume } = data as Record<string, unknown>;
  return checkCv(
    { resume, application: mapApplication(extras) },
    { code: 'invalidImport', applicationPath: APPLICATION_KEY, today },
  );
}
