import assert from 'node:assert/strict';
import { discoverFields, markUserInput, scanFields } from '../../../../src/autofill/discovery';
import { allVisible, openPage } from './dom';

function meanings(doc: Document, isVisible: (element: Element) => boolean = allVisible): string[] {
  return discoverFields(doc, { isVisible }).map((f) => (f.descriptor.part ? `${f.descriptor.meaning}/${f.descriptor.part}` : f.descriptor.meaning));
}

describe('discoverFields', () => {
  it('finds fields inside nested open shadow roots', async () => {
    const page = openPage('<div id="outer"></div><label for="given">First name</label><input id="given">');
    const outer = page.doc.getElementById('outer') as HTMLElement;
    const first = outer.attachShadow({ mode: 'open' });
    first.innerHTML = '<div id="inner"></div>';
    const second = (first.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    second.innerHTML = '<label for="control">Email address</label><input id="control" type="email">';
    assert.deepEqual(meanings(page.doc), ['email', 'name.given']);
    await page.close();
  });

  it('reads closed roots through the given reader', async () => {
    const page = openPage('<div id="host"></div>');
    const host = page.doc.getElementById('host') as HTMLElement;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<label for="p">Mobile phone</label><input id="p" type="tel">';
    assert.deepEqual(meanings(page.doc), []);
    const fields = discoverFields(page.doc, { isVisible: allVisible, shadowRootOf: (el) => (el === host ? closed : el.shadowRoot) });
    assert.deepEqual(fields.map((f) => f.descriptor.meaning), ['phone']);
    await page.close();
  });

  it('reads shadow roots only of possible hosts', async () => {
    const page = openPage('<table><tr><td><input name="cell"></td></tr></table><div id="host"></div><my-widget></my-widget>');
    const asked: string[] = [];
    discoverFields(page.doc, { isVisible: allVisible, shadowRootOf: (element) => (asked.push(element.localName), null) });
    assert.ok(asked.includes('div'), asked.join());
    assert.ok(asked.includes('my-widget'), asked.join());
    assert.ok(!asked.includes('td'), asked.join());
    assert.ok(!asked.includes('input'), asked.join());
    await page.close();
  });

  it('collapses a radio group into one field with options', async () => {
    const page = openPage(`<form action="/send"><fieldset><legend>Do you have a driving licence for cars (category B)?</legend>
      <label><input type="radio" name="lic" value="yes"> Yes</label><label><input type="radio" name="lic" value="no"> No</label></fieldset></form>`);
    const fields = discoverFields(page.doc, { isVisible: allVisible });
    assert.equal(fields.length, 1);
    const [field] = fields;
    assert.equal(field?.descriptor.meaning, 'driversLicence');
    assert.equal(field?.descriptor.widget, 'radio-group');
    assert.deepEqual(field?.descriptor.options, [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]);
    assert.equal(field?.optionElements?.length, 2);
    await page.close();
  });

  it('collapses checkboxes sharing a name and Yes/No button pairs', async () => {
    const page = openPage(`<fieldset><legend>Vilka körkortsbehörigheter har du?</legend>
      <label><input type="checkbox" name="license[]" value="A"> A</label><label><input type="checkbox" name="license[]" value="B"> B</label></fieldset>
      <div><label>Are you authorized to work in Sweden?</label><div role="group"><button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button></div></div>`);
    const fields = discoverFields(page.doc, { isVisible: allVisible });
    assert.deepEqual(fields.map((f) => [f.descriptor.meaning, f.descriptor.widget]), [
      ['driversLicence', 'checkbox-group'],
      ['workAuthorisation', 'button-group'],
    ]);
    assert.equal(fields[1]?.optionElements?.length, 2);
    await page.close();
  });

  it('reports the form action origin and a shared form key', async () => {
    const page = openPage(`<form id="a" action="https://ats.example.net/submit"><label for="f">First name</label><input id="f"><label for="l">Last name</label><input id="l"></form>
      <form id="b"><label for="e">Email</label><input id="e" type="email"></form>
      <label for="c">City</label><input id="c">`);
    const fields = discoverFields(page.doc, { isVisible: allVisible });
    assert.deepEqual(fields.map((f) => f.descriptor.formActionOrigin), ['https://ats.example.net', 'https://ats.example.net', 'https://jobs.example.test', null]);
    assert.equal(fields[0]?.descriptor.formKey, fields[1]?.descriptor.formKey);
    assert.notEqual(fields[1]?.descriptor.formKey, fields[2]?.descriptor.formKey);
    assert.equal(fields[3]?.descriptor.formKey, 'document');
    await page.close();
  });

  it('keeps field ids stable across scans', async () => {
    const page = openPage('<label for="e">Email</label><input id="e" type="email">');
    const first = discoverFields(page.doc, { isVisible: allVisible })[0]?.descriptor.fieldId;
    const second = discoverFields(page.doc, { isVisible: allVisible })[0]?.descriptor.fieldId;
    assert.ok(first);
    assert.equal(first, second);
    await page.close();
  });

  it('marks fields the person typed in', async () => {
    const page = openPage('<label for="e">Email</label><input id="e" type="email"><label for="p">Phone</label><input id="p" type="tel">');
    const email = page.doc.getElementById('e') as HTMLInputElement;
    email.value = 'typed@example.test';
    markUserInput(email);
    const fields = discoverFields(page.doc, { isVisible: allVisible });
    assert.deepEqual(fields.map((f) => f.descriptor.hasUserValue), [true, false]);
    await page.close();
  });

  it('marks values entered before tracking started', async () => {
    const page = openPage(`<label for="e">Email</label><input id="e" type="email">
      <label for="c">City</label><input id="c" value="Västerås">
      <label for="n">Country</label><select id="n"><option value="">Choose</option><option value="SE">Sweden</option></select>`);
    (page.doc.getElementById('e') as HTMLInputElement).value = 'typed@example.test';
    (page.doc.getElementById('n') as HTMLSelectElement).value = 'SE';
    const fields = discoverFields(page.doc, { isVisible: allVisible });
    assert.deepEqual(fields.map((f) => [f.descriptor.meaning, f.descriptor.hasUserValue]), [
      ['email', true],
      ['address.city', false],
      ['address.country', true],
    ]);
    await page.close();
  });

  it('skips hidden, disabled and readonly fields', async () => {
    const page = openPage(`<label for="a">First name</label><input id="a" class="gone">
      <label for="b">Last name</label><input id="b" disabled>
      <label for="c">Email</label><input id="c" type="email" readonly>
      <label for="d">Phone</label><input id="d" type="tel">`);
    const isVisible = (element: Element) => !element.classList.contains('gone');
    assert.deepEqual(meanings(page.doc, isVisible), ['phone']);
    const skips = scanFields(page.doc, { isVisible }).map((f) => f.skip ?? 'proposed');
    assert.deepEqual(skips, ['hidden', 'disabled', 'readonly', 'proposed']);
    await page.close();
  });

  it('lists none and low-confidence fields only in the full scan', async () => {
    const page = openPage(`<label><input type="checkbox" name="gdpr"> I agree to the privacy policy</label>
      <label for="q">Why do you want to work here?</label><textarea id="q"></textarea>`);
    assert.deepEqual(meanings(page.doc), []);
    assert.deepEqual(scanFields(page.doc, { isVisible: allVisible }).map((f) => f.skip), ['none', 'none']);
    await page.close();
  });

  it('ignores fields of an unrelated newsletter form', async () => {
    const page = openPage(`<form class="newsletter"><label for="n">Your email</label><input id="n" type="email"><button type="submit">Subscribe</button></form>
      <form><label for="e">Email</label><input id="e" type="email"><button type="submit">Send application</button></form>`);
    const fields = discoverFields(page.doc, { isVisible: allVisible });
    assert.deepEqual(fields.map((f) => (f.element as HTMLElement).id), ['e']);
    await page.close();
  });

  it('counts a hidden file input as visible through its trigger', async () => {
    const page = openPage(`<div><div id="lbl">Resume/CV</div><div class="wrap"><button type="button">Attach</button>
      <input id="resume" type="file" class="gone"></div></div>`);
    const isVisible = (element: Element) => !element.classList.contains('gone');
    const [field] = discoverFields(page.doc, { isVisible });
    assert.equal(field?.descriptor.meaning, 'cv.file');
    assert.equal(field?.trigger?.textContent, 'Attach');
    await page.close();
  });

  it('reads format hints', async () => {
    const page = openPage(`<label for="b">Födelsedatum</label><p id="tips">Åtta siffror, ÅÅÅÅMMDD.</p>
      <input id="b" pattern="\\d{8}" maxlength="8" placeholder="ÅÅÅÅMMDD" aria-describedby="tips">`);
    const [field] = discoverFields(page.doc, { isVisible: allVisible });
    assert.deepEqual(field?.descriptor.format, { inputType: 'text', pattern: '\\d{8}', placeholder: 'ÅÅÅÅMMDD', maxLength: 8, hint: 'Åtta siffror, ÅÅÅÅMMDD.' });
    await page.close();
  });

  it('keeps split date parts and drops the part of a lone year box', async () => {
    const page = openPage(`<h3>Education</h3>
      <label for="m">End date month</label><input id="m"><label for="y">End date year</label><input id="y">
      <h3>Utbildning</h3><label for="e">Avslutad (år)</label><input id="e" placeholder="ÅÅÅÅ">`);
    assert.deepEqual(meanings(page.doc), ['education.endDate/month', 'education.endDate/year', 'education.endDate']);
    await page.close();
  });
});
