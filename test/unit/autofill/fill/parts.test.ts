import assert from 'node:assert/strict';
import { fillField, undoFill, type UndoRecord } from '../../../../src/autofill/fill/index';
import { controlInputs, discovered, groupOptions, openPage, recordEvents, type Page } from './helpers';

const PDF_BASE64 = Buffer.from('%PDF-1.4 test').toString('base64');

describe('spin buttons, files and undo', () => {
  let page: Page;
  afterEach(() => page.close());

  it('writes Workday-style spin-button inputs as text', async () => {
    page = openPage('<input type="text" role="spinbutton" id="m" placeholder="MM"><input type="text" role="spinbutton" id="y" placeholder="YYYY">');
    const month = page.document.getElementById('m') as HTMLInputElement;
    const year = page.document.getElementById('y') as HTMLInputElement;
    const app = controlInputs([month, year]);
    assert.equal((await fillField(discovered(month, 'spinbutton'), { kind: 'text', text: '03' })).status, 'filled');
    assert.equal((await fillField(discovered(year, 'spinbutton'), { kind: 'text', text: '2027' })).status, 'filled');
    assert.deepEqual(app.state, { m: '03', y: '2027' });
  });

  it('steps an element spin button with the arrow keys', async () => {
    page = openPage('<div role="spinbutton" id="day" tabindex="0" aria-valuenow="1" aria-valuemin="1" aria-valuemax="31">1</div>');
    const day = page.document.getElementById('day')!;
    day.addEventListener('keydown', (event) => {
      const now = Number(day.getAttribute('aria-valuenow'));
      const next = (event as KeyboardEvent).key === 'ArrowUp' ? now + 1 : (event as KeyboardEvent).key === 'ArrowDown' ? now - 1 : now;
      day.setAttribute('aria-valuenow', String(Math.min(31, Math.max(1, next))));
    });
    assert.equal((await fillField(discovered(day, 'spinbutton'), { kind: 'text', text: '12' })).status, 'filled');
    assert.equal(day.getAttribute('aria-valuenow'), '12');
  });

  it('puts a file into a file input through DataTransfer', async () => {
    page = openPage('<input type="file" id="cv" accept=".pdf">');
    const input = page.document.getElementById('cv') as HTMLInputElement;
    const log = recordEvents(page.document, ['input', 'change']);
    const value = { kind: 'file', documentId: 'doc-cv', name: 'CV.pdf', mimeType: 'application/pdf' } as const;
    const outcome = await fillField(discovered(input, 'file'), value, { 'doc-cv': PDF_BASE64 });
    assert.equal(outcome.status, 'filled');
    assert.equal(input.files?.length, 1);
    assert.equal(input.files?.[0]?.name, 'CV.pdf');
    assert.equal(input.files?.[0]?.type, 'application/pdf');
    assert.equal(await input.files?.[0]?.text(), '%PDF-1.4 test');
    assert.deepEqual(log, ['input:cv', 'change:cv']);
  });

  it('skips a file value that arrives without its bytes', async () => {
    page = openPage('<input type="file" id="cv">');
    const input = page.document.getElementById('cv')!;
    const outcome = await fillField(discovered(input, 'file'), { kind: 'file', documentId: 'x', name: 'CV.pdf', mimeType: 'application/pdf' });
    assert.deepEqual(outcome, { fieldId: 'cv', status: 'skipped', reason: 'noContent' });
  });

  it('listbox choice not undoable', async () => {
    page = openPage('<button type="button" id="q" aria-haspopup="listbox">Select One</button><ul role="listbox" id="pop" hidden><li role="option">Yes</li></ul>');
    const button = page.document.getElementById('q')!;
    const pop = page.document.getElementById('pop')!;
    button.addEventListener('click', () => { pop.hidden = false; });
    pop.querySelector('li')!.addEventListener('click', () => { button.textContent = 'Yes'; pop.hidden = true; });
    const undo: UndoRecord[] = [];
    assert.equal((await fillField(discovered(button, 'listbox-button'), { kind: 'option', match: ['Yes'] }, undefined, undo)).status, 'filled');
    assert.deepEqual(await undoFill(undo), [{ fieldId: 'q', status: 'skipped', reason: 'cannotUndo' }]);
    assert.equal(button.textContent, 'Yes');
  });

  it('undoes text, select, radio, checkbox and file fills', async () => {
    page = openPage(`
      <input id="name" value="Old"><select id="land"><option value="">Välj</option><option value="SE">Sverige</option></select>
      <div id="q"><label><input type="radio" name="q" value="yes"> Yes</label><label><input type="radio" name="q" value="no"> No</label></div>
      <div id="lic"><label><input type="checkbox" value="A" checked> A</label><label><input type="checkbox" value="B"> B</label></div>
      <input type="file" id="cv">`);
    const doc = page.document;
    const name = doc.getElementById('name') as HTMLInputElement;
    const app = controlInputs([name]);
    const land = doc.getElementById('land') as HTMLSelectElement;
    const radios = [...doc.querySelectorAll('#q input')] as HTMLInputElement[];
    const boxes = [...doc.querySelectorAll('#lic input')] as HTMLInputElement[];
    const file = doc.getElementById('cv') as HTMLInputElement;
    const undo: UndoRecord[] = [];

    await fillField(discovered(name, 'text'), { kind: 'text', text: 'Anna' }, undefined, undo);
    await fillField(discovered(land, 'select'), { kind: 'option', match: ['SE'] }, undefined, undo);
    await fillField(discovered(doc.getElementById('q')!, 'radio-group', { optionElements: radios, options: groupOptions(radios) }), { kind: 'option', match: ['yes'] }, undefined, undo);
    await fillField(discovered(doc.getElementById('lic')!, 'checkbox-group', { optionElements: boxes, options: groupOptions(boxes) }), { kind: 'options', match: ['B'] }, undefined, undo);
    await fillField(discovered(file, 'file'), { kind: 'file', documentId: 'd', name: 'CV.pdf', mimeType: 'application/pdf', base64: PDF_BASE64 }, undefined, undo);
    assert.equal(undo.length, 5);
    assert.equal(app.state.name, 'Anna');

    const changes = recordEvents(doc, ['change']);
    const outcomes = await undoFill(undo);

    assert.ok(outcomes.every((outcome) => outcome.status === 'filled'));
    assert.equal(name.value, 'Old');
    assert.equal(app.state.name, 'Old');
    assert.equal(land.value, '');
    assert.deepEqual(radios.map((r) => r.checked), [false, false]);
    assert.deepEqual(boxes.map((b) => b.checked), [true, false]);
    assert.equal(file.files?.length, 0);
    assert.ok(changes.length >= 5);
  });
});
