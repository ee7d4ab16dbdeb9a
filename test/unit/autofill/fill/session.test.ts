import assert from 'node:assert/strict';
import { discoverFields, isVisible, markUserInput, type DiscoverOptions } from '../../../../src/autofill/discovery';
import { fillItems as fillWithScanner, undoLastFill, type Scanner } from '../../../../src/autofill/fill-session';
import type { FillItem, FillValue } from '../../../../src/autofill/types';
import { openPage, recordEvents, type Page } from './helpers';

const allVisible: DiscoverOptions = { isVisible: () => true };
const scanner: Scanner = { discoverFields, isVisible };

/** Fills with the discovery functions the content script hands in. */
function fillItems(doc: Document, items: FillItem[], options: DiscoverOptions) {
  return fillWithScanner(doc, items, options, scanner);
}
const PDF_BASE64 = Buffer.from('%PDF-1.4 test').toString('base64');

const FORM = `<form action="/send">
  <label for="given">First name</label><input id="given" name="given" autocomplete="given-name">
  <label for="family">Last name</label><input id="family" name="family" autocomplete="family-name">
  <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email">
  <label for="country">Country</label><select id="country" name="country"><option value="">Choose</option><option value="SE">Sweden</option></select>
  <label for="cv">Resume / CV</label><input id="cv" name="cv" type="file">
</form>`;

const VALUES: Record<string, FillValue> = {
  given: { kind: 'text', text: 'Anna' },
  family: { kind: 'text', text: 'Lindqvist' },
  email: { kind: 'text', text: 'anna@example.se' },
  country: { kind: 'option', match: ['SE', 'Sweden'] },
  cv: { kind: 'file', documentId: 'cv', name: 'CV.pdf', mimeType: 'application/pdf', base64: PDF_BASE64 },
};

/** Builds fill items the way the preview would, for the fields with these element ids, in that order. */
function itemsFor(doc: Document, ids: string[]): FillItem[] {
  const fields = discoverFields(doc, allVisible);
  return ids.map((id) => {
    const field = fields.find((candidate) => candidate.element.id === id);
    assert.ok(field, `no field discovered for #${id}`);
    const { fieldId, meaning, label } = field.descriptor;
    return { fieldId, meaning, label, value: VALUES[id]! };
  });
}

const input = (doc: Document, id: string) => doc.getElementById(id) as HTMLInputElement;

describe('fill session', () => {
  let page: Page;
  afterEach(() => page.close());

  it('writes every field and reads each back', async () => {
    page = openPage(FORM);
    const items = itemsFor(page.document, ['given', 'family', 'email', 'country']);
    const outcomes = await fillItems(page.document, items, allVisible);
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['filled', 'filled', 'filled', 'filled']);
    assert.deepEqual(outcomes.map((outcome) => outcome.fieldId), items.map((item) => item.fieldId));
    assert.equal(input(page.document, 'email').value, 'anna@example.se');
    assert.equal((page.document.getElementById('country') as HTMLSelectElement).value, 'SE');
  });

  it('gives each field its own event sequence', async () => {
    page = openPage(FORM);
    const log = recordEvents(page.document, ['focus', 'focusin', 'input', 'change', 'blur', 'focusout']);
    await fillItems(page.document, itemsFor(page.document, ['given', 'family']), allVisible);
    const sequence = (id: string) => ['focus', 'focusin', 'input', 'change', 'blur', 'focusout'].map((type) => `${type}:${id}`);
    assert.deepEqual(log, [...sequence('given'), ...sequence('family')]);
  });

  it('reports an earlier field the page cleared', async () => {
    page = openPage(FORM);
    const given = input(page.document, 'given');
    input(page.document, 'family').addEventListener('input', () => { given.value = ''; });
    const outcomes = await fillItems(page.document, itemsFor(page.document, ['given', 'family']), allVisible);
    assert.deepEqual(outcomes.map((outcome) => [outcome.status, outcome.reason]), [['notStuck', 'pageChanged'], ['filled', undefined]]);
  });

  it('reports a self-clearing field once', async () => {
    page = openPage(FORM);
    const email = input(page.document, 'email');
    let writes = 0;
    email.addEventListener('input', () => { writes += 1; });
    email.addEventListener('blur', () => { setTimeout(() => { email.value = ''; }, 0); });
    const outcomes = await fillItems(page.document, itemsFor(page.document, ['email', 'given']), allVisible);
    assert.deepEqual(outcomes[0], { fieldId: outcomes[0]!.fieldId, status: 'notStuck', reason: 'pageChanged' });
    assert.equal(outcomes[1]!.status, 'filled');
    assert.equal(writes, 1);
    assert.equal(email.value, '');
  });

  it('skips changed, typed and hidden fields', async () => {
    page = openPage(FORM);
    const [givenItem, familyItem, emailItem] = itemsFor(page.document, ['given', 'family', 'email']);
    const hidden = input(page.document, 'email');
    const typed = input(page.document, 'family');
    typed.value = 'Lind';
    markUserInput(typed);
    const outcomes = await fillItems(page.document, [{ ...givenItem!, label: 'Förnamn' }, familyItem!, emailItem!], {
      isVisible: (element) => element !== hidden,
    });
    assert.deepEqual(outcomes.map((outcome) => outcome.reason), ['changed', 'typedByPerson', 'goneOrHidden']);
    assert.equal(input(page.document, 'given').value, '');
    assert.equal(typed.value, 'Lind');
  });

  it('writes files first, then the other fields', async () => {
    page = openPage(FORM);
    const log = recordEvents(page.document, ['change']);
    const outcomes = await fillItems(page.document, itemsFor(page.document, ['given', 'cv']), allVisible);
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['filled', 'filled']);
    assert.deepEqual(log, ['change:cv', 'change:given']);
  });

  it('rescans after a file rebuilds the form', async () => {
    page = openPage(FORM);
    const { document } = page;
    input(document, 'cv').addEventListener('change', () => {
      input(document, 'given').replaceWith(input(document, 'given').cloneNode());
    });
    const outcomes = await fillItems(document, itemsFor(document, ['given', 'email', 'cv']), allVisible);
    assert.deepEqual(outcomes.map((outcome) => [outcome.status, outcome.reason]), [['skipped', 'goneOrHidden'], ['filled', undefined], ['filled', undefined]]);
    assert.equal(input(document, 'given').value, '');
  });

  it('keeps a value a resume parser set', async () => {
    page = openPage(FORM);
    const { document } = page;
    input(document, 'cv').addEventListener('change', () => { input(document, 'given').value = 'Anna-Karin'; });
    const outcomes = await fillItems(document, itemsFor(document, ['cv', 'given']), allVisible);
    assert.deepEqual(outcomes.map((outcome) => outcome.reason), [undefined, 'typedByPerson']);
    assert.equal(input(document, 'given').value, 'Anna-Karin');
  });

  it('skips a field hidden after the file upload', async () => {
    page = openPage(FORM);
    const { document } = page;
    const email = input(document, 'email');
    // Hidden by a style rule, for example: no mutation, so only the read pass can notice.
    let emailShown = true;
    input(document, 'cv').addEventListener('change', () => { emailShown = false; });
    const outcomes = await fillItems(document, itemsFor(document, ['cv', 'email']), {
      isVisible: (element) => element !== email || emailShown,
    });
    assert.deepEqual(outcomes.map((outcome) => [outcome.status, outcome.reason]), [['filled', undefined], ['skipped', 'goneOrHidden']]);
    assert.equal(email.value, '');
  });

  it('skips a field an earlier write hid', async () => {
    page = openPage(FORM);
    const { document } = page;
    const email = input(document, 'email');
    input(document, 'given').addEventListener('change', () => { email.hidden = true; });
    const outcomes = await fillItems(document, itemsFor(document, ['given', 'email', 'family']), {
      isVisible: (element) => !(element as HTMLElement).hidden,
    });
    assert.deepEqual(outcomes.map((outcome) => [outcome.status, outcome.reason]), [['filled', undefined], ['skipped', 'goneOrHidden'], ['filled', undefined]]);
    assert.equal(email.value, '');
  });

  it('undo restores the last fill', async () => {
    page = openPage(FORM);
    await fillItems(page.document, itemsFor(page.document, ['given', 'country']), allVisible);
    assert.deepEqual(await undoLastFill(), { restored: 2 });
    assert.equal(input(page.document, 'given').value, '');
    assert.equal((page.document.getElementById('country') as HTMLSelectElement).value, '');
  });
});
