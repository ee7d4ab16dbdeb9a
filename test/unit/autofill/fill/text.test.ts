import assert from 'node:assert/strict';
import { fillField, readBack } from '../../../../src/autofill/fill/index';
import { controlInputs, discovered, openPage, recordEvents, type Page } from './helpers';

describe('text driver', () => {
  let page: Page;
  afterEach(() => page.close());

  it('puts the value into controlled-input state that survives blur and re-render', async () => {
    page = openPage('<input id="email" type="email"><textarea id="letter"></textarea><input id="other">');
    const email = page.document.getElementById('email') as HTMLInputElement;
    const letter = page.document.getElementById('letter') as HTMLTextAreaElement;
    const other = page.document.getElementById('other') as HTMLInputElement;
    const app = controlInputs([email, letter, other] as HTMLInputElement[]);

    const outcome = await fillField(discovered(email, 'text'), { kind: 'text', text: 'anna@example.se' });
    const letterOutcome = await fillField(discovered(letter, 'text'), { kind: 'text', text: 'Hej!\nJag söker tjänsten.' });
    other.dispatchEvent(new page.window.Event('focusout', { bubbles: true }) as unknown as Event);

    assert.deepEqual(outcome, { fieldId: 'email', status: 'filled' });
    assert.equal(letterOutcome.status, 'filled');
    assert.equal(app.state.email, 'anna@example.se');
    assert.equal(app.state.letter, 'Hej!\nJag söker tjänsten.');
    assert.equal(email.value, 'anna@example.se');
    assert.ok(app.renders() >= 3);
  });

  it('emulation wipes a value written through the element setter', async () => {
    page = openPage('<input id="name">');
    const name = page.document.getElementById('name') as HTMLInputElement;
    const app = controlInputs([name]);
    name.value = 'Anna';
    name.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
    name.dispatchEvent(new page.window.Event('focusout', { bubbles: true }) as unknown as Event);
    assert.equal(app.state.name, '');
    assert.equal(name.value, '');
  });

  it('fires focus, input, change and blur in that order', async () => {
    page = openPage('<input id="city">');
    const city = page.document.getElementById('city') as HTMLInputElement;
    const log = recordEvents(page.document, ['focus', 'input', 'change', 'blur', 'focusout']);
    await fillField(discovered(city, 'text'), { kind: 'text', text: 'Västerås' });
    assert.deepEqual(log, ['focus:city', 'input:city', 'change:city', 'blur:city', 'focusout:city']);
  });

  it('reports notStuck once when the page empties the field on blur', async () => {
    page = openPage('<input id="repeat" type="email">');
    const repeat = page.document.getElementById('repeat') as HTMLInputElement;
    let writes = 0;
    repeat.addEventListener('input', () => { writes += 1; });
    repeat.addEventListener('blur', () => { repeat.value = ''; });
    const outcome = await fillField(discovered(repeat, 'text'), { kind: 'text', text: 'anna@example.se' });
    assert.deepEqual(outcome, { fieldId: 'repeat', status: 'notStuck', reason: 'pageChanged' });
    assert.equal(writes, 1);
    assert.equal(repeat.value, '');
  });

  it('deferred clearing reported as notStuck', async () => {
    page = openPage('<input id="later">');
    const later = page.document.getElementById('later') as HTMLInputElement;
    later.addEventListener('blur', () => { setTimeout(() => { later.value = ''; }, 0); });
    const outcome = await fillField(discovered(later, 'text'), { kind: 'text', text: 'Anna' });
    assert.equal(outcome.status, 'notStuck');
  });

  it('counts a page reformatting the same digits as filled', async () => {
    page = openPage('<input id="phone" type="tel">');
    const phone = page.document.getElementById('phone') as HTMLInputElement;
    phone.addEventListener('change', () => { phone.value = phone.value.replace(/\D/g, ''); });
    const outcome = await fillField(discovered(phone, 'text'), { kind: 'text', text: '070-123 45 67' });
    assert.equal(outcome.status, 'filled');
    assert.equal(phone.value, '0701234567');
  });

  it('writes ISO dates into type=date inputs', async () => {
    page = openPage('<input id="start" type="date">');
    const start = page.document.getElementById('start') as HTMLInputElement;
    const outcome = await fillField(discovered(start, 'date'), { kind: 'text', text: '2027-03-01' });
    assert.equal(outcome.status, 'filled');
    assert.equal(start.value, '2027-03-01');
  });

  it('skips a removed element and a value of the wrong kind', async () => {
    page = openPage('<input id="gone"><input id="here">');
    const gone = page.document.getElementById('gone')!;
    gone.remove();
    assert.deepEqual(await fillField(discovered(gone, 'text'), { kind: 'text', text: 'x' }), { fieldId: 'gone', status: 'skipped', reason: 'gone' });
    const here = page.document.getElementById('here')!;
    assert.equal((await fillField(discovered(here, 'text'), { kind: 'check', checked: true })).reason, 'wrongValueKind');
    assert.equal(readBack(discovered(here, 'text'), { kind: 'text', text: 'x' }), false);
  });
});
