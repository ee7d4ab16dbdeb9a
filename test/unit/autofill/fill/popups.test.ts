import assert from 'node:assert/strict';
import { fillField, undoFill, type UndoRecord } from '../../../../src/autofill/fill/index';
import { discovered, openPage, recordEvents, type Page } from './helpers';

const COUNTRIES = ['Denmark +45', 'Norway +47', 'Sweden +46', 'United Kingdom +44'];

/** Builds a react-select-like widget. Typing filters a listbox shown a moment later, and a click sets the value. */
function reactSelect(page: Page): { input: HTMLInputElement; chosen: () => string | null } {
  page.document.body.innerHTML = `
    <div class="select__container"><div class="select__control">
      <div class="select__single-value" id="shown"></div>
      <input id="cc" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="cc-list">
    </div><div id="cc-list" role="listbox" hidden></div></div>`;
  const doc = page.document;
  const input = doc.getElementById('cc') as HTMLInputElement;
  const list = doc.getElementById('cc-list')!;
  let chosen: string | null = null;
  input.addEventListener('input', () => {
    input.setAttribute('aria-expanded', 'true');
    setTimeout(() => {
      list.replaceChildren(...COUNTRIES.filter((c) => c.toLowerCase().includes(input.value.toLowerCase())).map((text) => {
        const option = doc.createElement('div');
        option.setAttribute('role', 'option');
        option.textContent = text;
        option.addEventListener('click', () => {
          chosen = text;
          doc.getElementById('shown')!.textContent = text;
          input.value = '';
          list.hidden = true;
          input.setAttribute('aria-expanded', 'false');
        });
        return option;
      }));
      list.hidden = false;
    }, 30);
  });
  input.addEventListener('blur', () => { if (chosen === null) input.value = ''; });
  return { input, chosen: () => chosen };
}

/** Makes the react-select-like widget clearable: Backspace in its empty input removes the value. */
function clearable(page: Page, widget: ReturnType<typeof reactSelect>): void {
  widget.input.addEventListener('keydown', (event) => {
    if (event.key !== 'Backspace' || widget.input.value !== '') return;
    page.document.getElementById('shown')!.textContent = '';
  });
}

describe('popup drivers', () => {
  let page: Page;
  beforeEach(() => { page = openPage(''); });
  afterEach(() => page.close());

  it('types into a react-select combobox and clicks the matching option', async () => {
    const widget = reactSelect(page);
    const outcome = await fillField(discovered(widget.input, 'combobox'), { kind: 'option', match: ['Sweden', 'Sverige', '+46'] });
    assert.deepEqual(outcome, { fieldId: 'cc', status: 'filled' });
    assert.equal(widget.chosen(), 'Sweden +46');
    assert.equal(page.document.getElementById('shown')!.textContent, 'Sweden +46');
  });

  it('reports a combobox whose options do not fit and clears the typed text', async () => {
    const widget = reactSelect(page);
    const outcome = await fillField(discovered(widget.input, 'combobox'), { kind: 'option', match: ['Denmark +99'] });
    assert.equal(outcome.status, 'skipped');
    assert.equal(widget.chosen(), null);
    assert.equal(widget.input.value, '');
  });

  it('undoes a clearable combobox choice', async () => {
    const widget = reactSelect(page);
    clearable(page, widget);
    const undo: UndoRecord[] = [];
    await fillField(discovered(widget.input, 'combobox'), { kind: 'option', match: ['Sweden'] }, undefined, undo);
    assert.equal(page.document.getElementById('shown')!.textContent, 'Sweden +46');
    assert.deepEqual(await undoFill(undo), [{ fieldId: 'cc', status: 'filled' }]);
    assert.equal(page.document.getElementById('shown')!.textContent, '');
  });

  it('reports a combobox choice it cannot take back', async () => {
    const widget = reactSelect(page);
    const undo: UndoRecord[] = [];
    await fillField(discovered(widget.input, 'combobox'), { kind: 'option', match: ['Sweden'] }, undefined, undo);
    assert.deepEqual(await undoFill(undo), [{ fieldId: 'cc', status: 'skipped', reason: 'cannotUndo' }]);
    assert.equal(page.document.getElementById('shown')!.textContent, 'Sweden +46');
  });

  it('keeps typed text in a combobox that offers no listbox', async () => {
    page.document.body.innerHTML = '<input id="city" role="combobox" aria-autocomplete="list" aria-expanded="false">';
    const city = page.document.getElementById('city') as HTMLInputElement;
    const outcome = await fillField(discovered(city, 'combobox'), { kind: 'option', match: ['Västerås'] });
    assert.equal(outcome.status, 'filled');
    assert.equal(city.value, 'Västerås');
  });

  it('opens a listbox button, clicks the option and reads the button back', async () => {
    page.document.body.innerHTML = '<button type="button" id="q1" aria-haspopup="listbox">Select One</button><ul role="listbox" id="pop" hidden><li role="option">Yes</li><li role="option">No</li></ul>';
    const button = page.document.getElementById('q1')!;
    const pop = page.document.getElementById('pop')!;
    button.addEventListener('click', () => { pop.hidden = false; });
    for (const option of pop.querySelectorAll('li')) {
      option.addEventListener('click', () => { button.textContent = option.textContent; pop.hidden = true; });
    }
    const clicks = recordEvents(page.document, ['click']);
    const outcome = await fillField(discovered(button, 'listbox-button'), { kind: 'option', match: ['No', 'Nej'] });
    assert.equal(outcome.status, 'filled');
    assert.equal(button.textContent, 'No');
    assert.deepEqual(clicks, ['click:q1', 'click:']);
  });

  it('listbox button without popup or already set', async () => {
    page.document.body.innerHTML = '<button type="button" id="deg" aria-haspopup="listbox">Select One</button><button type="button" id="country" aria-haspopup="listbox" value="SE">Sweden</button>';
    const degree = page.document.getElementById('deg')!;
    assert.deepEqual(await fillField(discovered(degree, 'listbox-button'), { kind: 'option', match: ["Bachelor's Degree"] }), { fieldId: 'deg', status: 'skipped', reason: 'noOptions' });
    const country = page.document.getElementById('country')!;
    const clicks = recordEvents(page.document, ['click']);
    assert.equal((await fillField(discovered(country, 'listbox-button'), { kind: 'option', match: ['Sweden', 'Sverige', 'SE'] })).status, 'filled');
    assert.deepEqual(clicks, []);
  });

  it('searches a prompt with Enter and picks each wanted option', async () => {
    page.document.body.innerHTML = `<div id="skills-box"><ul id="chosen"></ul><input id="skills" placeholder="Search"></div><div role="listbox" id="results"></div>`;
    const doc = page.document;
    const input = doc.getElementById('skills') as HTMLInputElement;
    const results = doc.getElementById('results')!;
    input.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Enter') return;
      const query = input.value;
      results.replaceChildren(...['TypeScript', 'PostgreSQL', 'Python'].filter((s) => s.toLowerCase().startsWith(query.toLowerCase())).map((text) => {
        const option = doc.createElement('div');
        option.setAttribute('role', 'option');
        option.textContent = text;
        option.addEventListener('click', () => {
          const item = doc.createElement('li');
          item.setAttribute('data-automation-id', 'selectedItem');
          item.textContent = text;
          doc.getElementById('chosen')!.append(item);
          results.replaceChildren();
          input.value = '';
        });
        return option;
      }));
    });
    const outcome = await fillField(discovered(input, 'search-prompt'), { kind: 'options', match: ['TypeScript', 'PostgreSQL'] });
    assert.equal(outcome.status, 'filled');
    assert.deepEqual([...doc.querySelectorAll('#chosen li')].map((li) => li.textContent), ['TypeScript', 'PostgreSQL']);
  });

  it('skips a search prompt that finds nothing and leaves its box empty', async () => {
    page.document.body.innerHTML = '<input id="field" placeholder="Search">';
    const input = page.document.getElementById('field') as HTMLInputElement;
    const outcome = await fillField(discovered(input, 'search-prompt'), { kind: 'option', match: ['Datavetenskap'] });
    assert.deepEqual(outcome, { fieldId: 'field', status: 'skipped', reason: 'noOptions' });
    assert.equal(input.value, '');
  });
});
