// Editor for what application forms ask and JSON Resume lacks: names as the person writes them,
// personnummer, birth date, driving licence, work authorisation, notice, start date and salary.
import type { JSX } from 'preact';
import { Field } from '../../src/ui/components/Field';
import { t, type MessageKey } from '../../src/ui/i18n';
import type { SalaryExpectation, WorkAuthorisation } from '../../src/vault/cv/model';
import { CvField, inputId, type CvBinding } from './CvField';
import { focusLater } from './ListEditor';
import { getList, getPath, moveEntry } from './paths';
import { LICENCE_CATEGORIES, SALARY_PERIODS } from './sections';

function LicenceEditor({ binding }: { binding: CvBinding }): JSX.Element {
  const held = getList(binding.cv, 'application.driversLicence').map(String);
  // Categories from an import that the list above does not name are kept and shown too.
  const categories = [...LICENCE_CATEGORIES, ...held.filter((c) => !(LICENCE_CATEGORIES as readonly string[]).includes(c))];

  function toggle(category: string, checked: boolean): void {
    const next = checked ? [...held, category] : held.filter((c) => c !== category);
    const ordered = categories.filter((c) => next.includes(c));
    binding.onEdit('application.driversLicence', ordered);
  }

  return (
    <fieldset class="licence">
      <legend>{t('cvField_application_driversLicence')}</legend>
      <div class="checkbox-grid">
        {categories.map((category) => (
          <label key={category} class="checkbox">
            <input
              type="checkbox"
              name="application.driversLicence"
              value={category}
              checked={held.includes(category)}
              onChange={(event) => toggle(category, event.currentTarget.checked)}
            />
            {category}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function WorkAuthorisationEditor({ binding }: { binding: CvBinding }): JSX.Element {
  const path = 'application.workAuthorisation';
  const entries = getList(binding.cv, path) as WorkAuthorisation[];

  function replace(list: WorkAuthorisation[]): void {
    binding.onEdit(path, list);
  }

  function update(index: number, change: Partial<WorkAuthorisation>): void {
    replace(entries.map((entry, other) => (other === index ? { ...entry, ...change } : entry)));
  }

  return (
    <fieldset class="work-authorisation">
      <legend>{t('cvField_application_workAuthorisation')}</legend>
      <p class="hint">{t('hint_workAuthorisation')}</p>
      {entries.map((entry, index) => {
        const name = `${path}.${index}`;
        const entryLabel = t('cvEntry_workAuthorisation', index + 1);
        const error = binding.errors[`${name}.country`];
        return (
          <div class="entry" key={index} role="group" aria-label={entryLabel}>
            <Field
              id={inputId(`${name}.country`)}
              name={`${name}.country`}
              label={t('cvField_workAuthorisation_country')}
              value={entry.country ?? ''}
              onValue={(value) => update(index, { country: value.trim().toUpperCase() })}
              error={error ? t(error) : null}
              autocomplete="off"
            />
            <label class="checkbox">
              <input
                type="checkbox"
                name={`${name}.authorised`}
                checked={entry.authorised}
                onChange={(event) => update(index, { authorised: event.currentTarget.checked })}
              />
              {t('cvField_workAuthorisation_authorised')}
            </label>
            <label class="checkbox">
              <input
                type="checkbox"
                name={`${name}.needsSponsorship`}
                checked={entry.needsSponsorship}
                onChange={(event) => update(index, { needsSponsorship: event.currentTarget.checked })}
              />
              {t('cvField_workAuthorisation_needsSponsorship')}
            </label>
            <div class="entry-actions">
              <button type="button" disabled={index === 0} aria-label={t('cv_moveUp', entryLabel)} onClick={() => replace(moveEntry(entries, index, -1))}>
                {t('cv_moveUpShort')}
              </button>
              <button type="button" disabled={index === entries.length - 1} aria-label={t('cv_moveDown', entryLabel)} onClick={() => replace(moveEntry(entries, index, 1))}>
                {t('cv_moveDownShort')}
              </button>
              <button type="button" class="danger" aria-label={t('cv_remove', entryLabel)} onClick={() => replace(entries.filter((_, other) => other !== index))}>
                {t('cv_removeShort')}
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        class="add"
        onClick={() => {
          replace([...entries, { country: '', authorised: true, needsSponsorship: false }]);
          focusLater(inputId(`${path}.${entries.length}.country`));
        }}
      >
        {t('cv_add', t('cvField_application_workAuthorisation'))}
      </button>
    </fieldset>
  );
}

const PERIOD_LABELS: Record<SalaryExpectation['period'], MessageKey> = {
  hour: 'salaryPeriod_hour',
  month: 'salaryPeriod_month',
  year: 'salaryPeriod_year',
};

function SalaryEditor({ binding }: { binding: CvBinding }): JSX.Element {
  const path = 'application.salaryExpectation';
  const salary = getPath(binding.cv, path) as Partial<SalaryExpectation> | undefined;
  const period = salary?.period ?? 'month';

  function update(change: Partial<Record<keyof SalaryExpectation, unknown>>): void {
    binding.onEdit(path, { currency: 'SEK', period: 'month', ...salary, ...change });
  }

  const amountError = binding.errors[`${path}.amount`];
  const currencyError = binding.errors[`${path}.currency`];
  return (
    <fieldset class="salary">
      <legend>{t('cvField_application_salaryExpectation')}</legend>
      <Field
        id={inputId(`${path}.amount`)}
        name={`${path}.amount`}
        label={t('cvField_salary_amount')}
        value={salary?.amount === undefined ? '' : String(salary.amount)}
        inputMode="decimal"
        onValue={(value) => update({ amount: value.trim() === '' ? undefined : value.trim() })}
        error={amountError ? t(amountError) : null}
        autocomplete="off"
      />
      <Field
        id={inputId(`${path}.currency`)}
        name={`${path}.currency`}
        label={t('cvField_salary_currency')}
        value={salary?.currency ?? 'SEK'}
        onValue={(value) => update({ currency: value.trim().toUpperCase() })}
        error={currencyError ? t(currencyError) : null}
        autocomplete="off"
      />
      <div class="field">
        <label for={inputId(`${path}.period`)}>{t('cvField_salary_period')}</label>
        <select
          id={inputId(`${path}.period`)}
          name={`${path}.period`}
          value={period}
          onChange={(event) => update({ period: event.currentTarget.value })}
        >
          {SALARY_PERIODS.map((option) => (
            <option key={option} value={option}>
              {t(PERIOD_LABELS[option])}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

export function ApplicationEditor({ binding }: { binding: CvBinding }): JSX.Element {
  return (
    <section class="cv-section" aria-labelledby="section-application">
      <h3 id="section-application">{t('cvSection_application')}</h3>
      <p class="hint">{t('cvSection_applicationHint')}</p>
      <CvField binding={binding} name="application.givenName" label="cvField_application_givenName" kind="text" />
      <CvField binding={binding} name="application.familyName" label="cvField_application_familyName" kind="text" />
      <CvField binding={binding} name="application.preferredName" label="cvField_application_preferredName" kind="text" />
      <CvField binding={binding} name="application.personnummer" label="cvField_application_personnummer" kind="text" hint="hint_personnummer" />
      <CvField binding={binding} name="application.birthDate" label="cvField_application_birthDate" kind="isoDate" />
      <LicenceEditor binding={binding} />
      <WorkAuthorisationEditor binding={binding} />
      <CvField binding={binding} name="application.noticePeriod" label="cvField_application_noticePeriod" kind="text" hint="hint_noticePeriod" />
      <CvField binding={binding} name="application.earliestStartDate" label="cvField_application_earliestStartDate" kind="isoDate" />
      <SalaryEditor binding={binding} />
      <CvField binding={binding} name="application.coverLetterText" label="cvField_application_coverLetterText" kind="textarea" hint="hint_coverLetterText" />
    </section>
  );
}
