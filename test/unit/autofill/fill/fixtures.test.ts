// The autofill bug pages run with their own scripts in happy-dom. The drivers write values
// resolved from the sample CVs, and the pages' hooks report what each page kept.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { DiscoveredField } from '../../../../src/autofill/discovered';
import { fillField } from '../../../../src/autofill/fill/index';
import type { FieldMeaning, FillOutcome, WidgetKind } from '../../../../src/autofill/types';
import { resolveValue } from '../../../../src/autofill/values/index';
import { DOCUMENTS, NOW, sampleCv } from '../values/helpers';

const SHARED = new URL('../../../../../shared/', import.meta.url);

type Hooks = Record<string, any>;

async function openFixture(path: string): Promise<{ window: Window & Hooks; document: Document }> {
  const window = new Window({
    url: 'http://127.0.0.1/',
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  } as ConstructorParameters<typeof Window>[0]);
  window.document.write(readFileSync(new URL(path, SHARED), 'utf8'));
  await window.happyDOM.waitUntilComplete();
  return { window: window as Window & Hooks, document: window.document as unknown as Document };
}

/** Describes a control as discovery would, from its own attributes; labels are given by the test. */
function describe_(element: Element, meaning: FieldMeaning, widget: WidgetKind, label = '', optionElements?: HTMLElement[]): DiscoveredField {
  const input = element as HTMLInputElement;
  const hint = input.getAttribute('aria-describedby')?.split(' ').map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
  const options = optionElements?.map((el) => ({ value: (el as HTMLInputElement).value ?? el.textContent ?? '', label: (el.closest('label')?.textContent ?? el.textContent ?? '').trim() }));
  return {
    descriptor: {
      fieldId: element.id || meaning,
      meaning,
      confidence: 1,
      label,
      widget,
      format: {
        inputType: input.getAttribute('type') ?? undefined,
        pattern: input.getAttribute('pattern') ?? undefined,
        placeholder: input.getAttribute('placeholder') ?? undefined,
        maxLength: input.hasAttribute('maxlength') ? Number(input.getAttribute('maxlength')) : undefined,
        hint: hint || undefined,
      },
      options,
      formActionOrigin: null,
      formKey: 'form',
      required: false,
      hasUserValue: false,
    },
    element: element as HTMLElement,
    optionElements,
  };
}

async function fill(cv: ReturnType<typeof sampleCv>, field: DiscoveredField): Promise<FillOutcome> {
  const resolved = resolveValue(cv, field.descriptor, DOCUMENTS, { now: NOW });
  assert.ok(resolved, `no value for ${field.descriptor.meaning}`);
  return fillField(field, resolved.value);
}

/** Copies an object out of the page's realm, so deepEqual compares values, not prototypes. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

const anna = sampleCv('anna-lindqvist');
const omar = sampleCv('omar-haddad');

describe('fills on the bug pages', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('controlled inputs: every value reaches the page state and is sent', async () => {
    const { window, document } = await openFixture('bugs/BUG-01-controlled-input.html');
    close = () => window.happyDOM.close();
    const fields: [string, FieldMeaning][] = [
      ['applicant-first-name', 'name.given'], ['applicant-last-name', 'name.family'], ['applicant-email', 'email'],
      ['applicant-phone', 'phone'], ['applicant-city', 'address.city'], ['applicant-linkedin', 'linkedin'],
    ];
    for (const [id, meaning] of fields) {
      assert.equal((await fill(anna, describe_(document.getElementById(id)!, meaning, 'text'))).status, 'filled', id);
    }
    (document.getElementById('send') as HTMLButtonElement).click();
    assert.deepEqual(plain(window.__submitted), {
      firstName: 'Anna', lastName: 'Lindqvist', email: 'anna.lindqvist@example.se', phone: '+46701234567',
      city: 'Västerås', linkedin: 'https://www.linkedin.com/in/anna-lindqvist-example', firstYear: '', consent: false,
    });
  });

  it('typed-only repeat field: reported as notStuck once, the page resets it', async () => {
    const { window, document } = await openFixture('bugs/BUG-04-typed-only-field.html');
    close = () => window.happyDOM.close();
    assert.equal((await fill(anna, describe_(document.getElementById('epost')!, 'email', 'text'))).status, 'filled');
    const outcome = await fill(anna, describe_(document.getElementById('epost2')!, 'email', 'text'));
    assert.deepEqual(outcome, { fieldId: 'epost2', status: 'notStuck', reason: 'pageChanged' });
    assert.equal(window.__guard.resets, 1);
    assert.equal((document.getElementById('epost2') as HTMLInputElement).value, '');
  });

  it('date formats: both dates pass the page check and mean the vault dates', async () => {
    for (const [cv, birth, start] of [[anna, '1988-04-12', '2027-03-01'], [omar, '1995-11-03', '2027-02-01']] as const) {
      const { window, document } = await openFixture('bugs/BUG-20-date-formats.html');
      close = () => window.happyDOM.close();
      await fill(cv, describe_(document.getElementById('fodd')!, 'birthDate', 'text', 'Födelsedatum / Date of birth'));
      await fill(cv, describe_(document.getElementById('start')!, 'startDate', 'text', 'Tidigast tillträde / Earliest start date'));
      const dates = window.__dates();
      assert.deepEqual([dates.birthDate.valid, dates.birthDate.iso], [true, birth]);
      assert.deepEqual([dates.startDate.valid, dates.startDate.iso], [true, start]);
      await close();
      close = undefined;
    }
  });

  it('yes/no radios: one answer per group from the vault, one change each', async () => {
    for (const [cv, expected] of [[anna, { sponsorship: 'no', licence: 'yes' }], [omar, { sponsorship: 'no', licence: 'no' }]] as const) {
      const { window, document } = await openFixture('bugs/BUG-22-yes-no-radios.html');
      close = () => window.happyDOM.close();
      const radios = (name: string) => [...document.querySelectorAll(`input[name=${name}]`)] as HTMLElement[];
      const legend = (id: string) => document.querySelector(`#${id} legend`)!.textContent!;
      await fill(cv, describe_(document.getElementById('sponsorship-group')!, 'visaSponsorship', 'radio-group', legend('sponsorship-group'), radios('q_sponsorship')));
      await fill(cv, describe_(document.getElementById('licence-group')!, 'driversLicence', 'radio-group', legend('licence-group'), radios('q_licence')));
      assert.deepEqual(plain(window.__answers()), expected);
      assert.equal(window.__radioLog.length, 2);
      await close();
      close = undefined;
    }
  });

  it('controlled Ashby-style page: text, date and a Yes button reach the state', async () => {
    const { window, document } = await openFixture('corpus/06-ashby.html');
    close = () => window.happyDOM.close();
    const byId = (id: string) => document.getElementById(id)!;
    await fill(anna, describe_(byId('_systemfield_name'), 'name.full', 'text'));
    await fill(anna, describe_(byId('_systemfield_email'), 'email', 'text'));
    await fill(anna, describe_(byId('_systemfield_phone'), 'phone', 'text'));
    await fill(anna, describe_(byId('0b7d4e2a-6c1f-4a58-9d3e-2f8a1c6b4e07'), 'startDate', 'date'));
    const buttons = [...document.querySelectorAll('._option_a81b')] as HTMLElement[];
    const yesNo = describe_(buttons[0]!.parentElement!, 'workAuthorisation', 'button-group', 'Are you authorized to work in Sweden?', buttons);
    assert.equal((await fill(anna, yesNo)).status, 'filled');
    const state = window.__ashbyState;
    assert.equal(state._systemfield_name, 'Anna Lindqvist');
    assert.equal(state._systemfield_email, 'anna.lindqvist@example.se');
    assert.equal(state._systemfield_phone, '+46701234567');
    assert.equal(state['0b7d4e2a-6c1f-4a58-9d3e-2f8a1c6b4e07'], '2027-03-01');
    assert.equal(state['work-authorisation'], 'Yes');
  });
});
