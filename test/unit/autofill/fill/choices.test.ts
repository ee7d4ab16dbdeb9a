import assert from 'node:assert/strict';
import { fillField, readBack } from '../../../../src/autofill/fill/index';
import { discovered, groupOptions, openPage, recordEvents, type Page } from './helpers';

describe('choice drivers', () => {
  let page: Page;
  afterEach(() => page.close());

  it('selects the native option by value and fires input and change once', async () => {
    page = openPage('<select id="country"><option value="">Välj land</option><option value="DK">Danmark</option><option value="SE">Sverige</option></select>');
    const select = page.document.getElementById('country') as HTMLSelectElement;
    const log = recordEvents(page.document, ['input', 'change']);
    const outcome = await fillField(discovered(select, 'select'), { kind: 'option', match: ['SE', 'Sverige'] });
    assert.equal(outcome.status, 'filled');
    assert.equal(select.value, 'SE');
    assert.deepEqual(log, ['input:country', 'change:country']);
  });

  it('select by label, unchanged when already set', async () => {
    page = openPage('<select id="notice"><option value="">Välj...</option><option>1 månad</option><option>3 månader</option></select><select id="cc"><option value="+46" selected>Sverige (+46)</option><option value="+47">Norge (+47)</option></select>');
    const notice = page.document.getElementById('notice') as HTMLSelectElement;
    const cc = page.document.getElementById('cc') as HTMLSelectElement;
    assert.equal((await fillField(discovered(notice, 'select'), { kind: 'option', match: ['3 månader'] })).status, 'filled');
    assert.equal(notice.selectedIndex, 2);
    const log = recordEvents(page.document, ['change']);
    assert.equal((await fillField(discovered(cc, 'select'), { kind: 'option', match: ['+46'] })).status, 'filled');
    assert.deepEqual(log, []);
    assert.deepEqual(await fillField(discovered(notice, 'select'), { kind: 'option', match: ['12 månader'] }), { fieldId: 'notice', status: 'skipped', reason: 'noMatchingOption' });
  });

  it('checks exactly one radio per group with one change event', async () => {
    page = openPage(`
      <fieldset id="sponsorship"><label><input type="radio" id="s-no" name="s" value="no"> No, I do not need sponsorship</label>
      <label><input type="radio" id="s-yes" name="s" value="yes"> Yes, I will need sponsorship now or later</label></fieldset>
      <fieldset id="licence"><label><input type="radio" id="l-yes" name="l" value="yes"> Yes</label>
      <label><input type="radio" id="l-no" name="l" value="no"> No</label></fieldset>`);
    const changes = recordEvents(page.document, ['change']);
    const radios = (name: string) => [...page.document.querySelectorAll(`input[name=${name}]`)] as HTMLElement[];
    const sponsorship = discovered(page.document.getElementById('sponsorship')!, 'radio-group', { optionElements: radios('s'), options: groupOptions(radios('s')) });
    const licence = discovered(page.document.getElementById('licence')!, 'radio-group', { optionElements: radios('l'), options: groupOptions(radios('l')) });

    assert.equal((await fillField(sponsorship, { kind: 'option', match: ['no', 'No, I do not need sponsorship'] })).status, 'filled');
    assert.equal((await fillField(licence, { kind: 'option', match: ['yes', 'Yes'] })).status, 'filled');

    assert.deepEqual(changes, ['change:s-no', 'change:l-yes']);
    assert.equal((page.document.querySelector('input[name=s]:checked') as HTMLInputElement).value, 'no');
    assert.equal((page.document.querySelector('input[name=l]:checked') as HTMLInputElement).value, 'yes');
  });

  it('radio matched by its label text', async () => {
    page = openPage('<div id="q"><label><input type="radio" name="q" value="1"> Ja</label><label><input type="radio" name="q" value="0"> Nej</label></div>');
    const radios = [...page.document.querySelectorAll('input')] as HTMLElement[];
    const group = discovered(page.document.getElementById('q')!, 'radio-group', { optionElements: radios });
    assert.equal((await fillField(group, { kind: 'option', match: ['Nej', 'No'] })).status, 'filled');
    assert.equal((radios[1] as HTMLInputElement).checked, true);
    assert.equal((radios[0] as HTMLInputElement).checked, false);
  });

  it('leaves a radio group untouched when no option fits', async () => {
    page = openPage('<div id="q"><label><input type="radio" name="q" value="a"> Alpha</label></div>');
    const radios = [...page.document.querySelectorAll('input')] as HTMLElement[];
    const group = discovered(page.document.getElementById('q')!, 'radio-group', { optionElements: radios, options: groupOptions(radios) });
    assert.equal((await fillField(group, { kind: 'option', match: ['Yes'] })).status, 'skipped');
    assert.equal((radios[0] as HTMLInputElement).checked, false);
  });

  it('makes a checkbox group hold exactly the wanted set', async () => {
    page = openPage(['A', 'B', 'BE', 'C'].map((c) => `<label><input type="checkbox" id="lic-${c}" name="license[]" value="${c}"> ${c}</label>`).join('') + '<div id="g"></div>');
    const boxes = [...page.document.querySelectorAll('input')] as HTMLInputElement[];
    boxes[3]!.checked = true;
    const changes = recordEvents(page.document, ['change']);
    const group = discovered(page.document.getElementById('g')!, 'checkbox-group', { optionElements: boxes, options: groupOptions(boxes) });
    const outcome = await fillField(group, { kind: 'options', match: ['B', 'BE'] });
    assert.equal(outcome.status, 'filled');
    assert.deepEqual(boxes.map((box) => box.checked), [false, true, true, false]);
    assert.deepEqual(changes, ['change:lic-B', 'change:lic-BE', 'change:lic-C']);
  });

  it('clicks the right aria-pressed button once', async () => {
    page = openPage('<div id="yn" role="group"><button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button></div>');
    const buttons = [...page.document.querySelectorAll('button')] as HTMLElement[];
    let clicks = 0;
    for (const button of buttons) {
      button.addEventListener('click', () => {
        clicks += 1;
        buttons.forEach((other) => other.setAttribute('aria-pressed', String(other === button)));
      });
    }
    const group = discovered(page.document.getElementById('yn')!, 'button-group', { optionElements: buttons, options: [{ value: 'Yes', label: 'Yes' }, { value: 'No', label: 'No' }] });
    assert.equal((await fillField(group, { kind: 'option', match: ['Yes', 'Yes'] })).status, 'filled');
    assert.equal((await fillField(group, { kind: 'option', match: ['Yes', 'Yes'] })).status, 'filled');
    assert.equal(clicks, 1);
    assert.deepEqual(buttons.map((b) => b.getAttribute('aria-pressed')), ['true', 'false']);
  });

  it('button without values matched by text', async () => {
    page = openPage('<div id="yn"><button type="button" aria-pressed="false">Yes</button><button type="button" aria-pressed="false">No</button></div>');
    const buttons = [...page.document.querySelectorAll('button')] as HTMLElement[];
    for (const button of buttons) button.addEventListener('click', () => button.setAttribute('aria-pressed', 'true'));
    const group = discovered(page.document.getElementById('yn')!, 'button-group', { optionElements: buttons, options: [{ value: '', label: 'Yes' }, { value: '', label: 'No' }] });
    assert.equal((await fillField(group, { kind: 'option', match: ['', 'No'] })).status, 'filled');
    assert.deepEqual(buttons.map((b) => b.getAttribute('aria-pressed')), ['false', 'true']);
  });

  it('sets a single checkbox and reports a page that refuses it', async () => {
    page = openPage('<input type="checkbox" id="ok"><input type="checkbox" id="locked">');
    const ok = page.document.getElementById('ok') as HTMLInputElement;
    const locked = page.document.getElementById('locked') as HTMLInputElement;
    locked.addEventListener('change', () => { locked.checked = false; });
    assert.equal((await fillField(discovered(ok, 'checkbox'), { kind: 'check', checked: true })).status, 'filled');
    assert.equal(ok.checked, true);
    assert.equal(readBack(discovered(ok, 'checkbox'), { kind: 'check', checked: true }), true);
    assert.equal((await fillField(discovered(locked, 'checkbox'), { kind: 'check', checked: true })).status, 'notStuck');
  });
});
