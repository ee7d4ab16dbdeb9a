// Validation of the whole CV for the editor, keyed by input name, and the clean-up before a save.
import type { Cv } from '../../src/vault/cv/model';
import type { MessageKey } from '../../src/ui/i18n';
import {
  checkCountryCode,
  checkCurrency,
  checkEmail,
  checkIsoDate,
  checkPersonnummer,
  checkPositiveNumber,
  checkResumeDate,
  checkUrl,
} from '../../src/ui/validate';
import { getList, getPath, setPath } from './paths';
import { BASICS_FIELDS, LIST_SECTIONS, LOCATION_FIELDS, cvPathOf, type FieldKind } from './sections';

export type CvErrors = Record<string, MessageKey>;

const CHECKS: Partial<Record<FieldKind, (value: string) => MessageKey | null>> = {
  email: checkEmail,
  url: checkUrl,
  resumeDate: checkResumeDate,
};

function stringAt(cv: Cv, name: string): string {
  const value = getPath(cv, cvPathOf(name));
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

function checkField(errors: CvErrors, cv: Cv, name: string, check: (value: string) => MessageKey | null): void {
  const problem = check(stringAt(cv, name));
  if (problem) errors[name] = problem;
}

function validateApplication(cv: Cv, errors: CvErrors): void {
  checkField(errors, cv, 'application.birthDate', checkIsoDate);
  const personnummer = stringAt(cv, 'application.personnummer');
  if (personnummer !== '') {
    const result = checkPersonnummer(personnummer);
    const birthDate = stringAt(cv, 'application.birthDate');
    if (!result.ok) {
      errors['application.personnummer'] = result.error;
    } else if (birthDate !== '' && !errors['application.birthDate'] && birthDate !== result.birthDate) {
      errors['application.birthDate'] = 'invalid_birthDateMismatch';
    }
  }
  checkField(errors, cv, 'application.earliestStartDate', checkIsoDate);
  checkField(errors, cv, 'application.salaryExpectation.amount', checkPositiveNumber);
  checkField(errors, cv, 'application.salaryExpectation.currency', checkCurrency);
  getList(cv, 'application.workAuthorisation').forEach((_, index) => {
    const name = `application.workAuthorisation.${index}.country`;
    checkField(errors, cv, name, (value) => (value === '' ? 'invalid_countryMissing' : checkCountryCode(value)));
  });
}

/** Returns every invalid field of the CV by input name; an empty object means it can be saved. */
export function validateCv(cv: Cv): CvErrors {
  const errors: CvErrors = {};
  for (const field of [...BASICS_FIELDS, ...LOCATION_FIELDS]) {
    const check = CHECKS[field.kind];
    if (check) checkField(errors, cv, field.key, check);
  }
  checkField(errors, cv, 'basics.location.countryCode', checkCountryCode);
  for (const section of LIST_SECTIONS) {
    getList(cv, cvPathOf(section.path)).forEach((_, index) => {
      for (const field of section.fields) {
        const check = CHECKS[field.kind];
        if (check) checkField(errors, cv, `${section.path}.${index}.${field.key}`, check);
      }
    });
  }
  validateApplication(cv, errors);
  return errors;
}

/**
 * Returns the CV as it is saved: line lists without empty lines, the personnummer in the stored
 * YYYYMMDD-NNNN form, and no salary expectation without an amount. Other keys are kept.
 */
export function prepareForSave(cv: Cv): Cv {
  let result = cv;
  for (const section of LIST_SECTIONS) {
    getList(result, cvPathOf(section.path)).forEach((_, index) => {
      for (const field of section.fields.filter((spec) => spec.kind === 'lines')) {
        const path = `${cvPathOf(section.path)}.${index}.${field.key}`;
        const lines = getPath(result, path);
        if (!Array.isArray(lines)) continue;
        const kept = lines.map((line) => String(line).trim()).filter((line) => line !== '');
        result = setPath(result, path, kept.length > 0 ? kept : undefined);
      }
    });
  }

  const personnummer = checkPersonnummer(stringAt(result, 'application.personnummer'));
  if (personnummer.ok) result = setPath(result, 'application.personnummer', personnummer.normalized);

  // The amount input contains text while the person types, but the model stores a number.
  const salary = result.application.salaryExpectation;
  if (salary) {
    const amount = Number(salary.amount);
    result = setPath(result, 'application.salaryExpectation', amount > 0 ? { ...salary, amount } : undefined);
  }
  return result;
}
