import assert from 'node:assert/strict';
import { discoverFields, scanFields } from '../../../../src/autofill/discovery';
import { allVisible, openPage } from './dom';

/** Meaning, part and entry index of each proposed field, as "work.title#1". */
function entries(doc: Document): string[] {
  return discoverFields(doc, { isVisible: allVisible }).map(({ descriptor }) => {
    const part = descriptor.part ? `/${descriptor.part}` : '';
    const index = descriptor.entryIndex === undefined ? '' : `#${descriptor.entryIndex}`;
    return `${descriptor.meaning}${part}${index}`;
  });
}

const field = (label: string, id: string, type = 'text') => `<div><label for="${id}">${label}</label><input id="${id}" name="${id}" type="${type}"></div>`;

describe('discovery of repeated entries', () => {
  it('numbers work entries in legends', async () => {
    const job = (n: number) => `<fieldset><legend>Work experience ${n}</legend>
      ${field('Employer', `employer${n}`)}${field('Job title', `title${n}`)}
      ${field('Start date', `start${n}`, 'month')}${field('End date', `end${n}`, 'month')}
      <div><label for="desc${n}">Describe your responsibilities</label><textarea id="desc${n}"></textarea></div></fieldset>`;
    const page = openPage(`<form><h1>Warehouse developer</h1>${field('Current employer', 'current')}${job(1)}${job(2)}</form>`);
    assert.deepEqual(entries(page.doc), [
      'currentEmployer',
      'work.employer#0', 'work.title#0', 'work.startDate#0', 'work.endDate#0', 'work.description#0',
      'work.employer#1', 'work.title#1', 'work.startDate#1', 'work.endDate#1', 'work.description#1',
    ]);
    await page.close();
  });

  it('splits entries at a new identifier index', async () => {
    // The first entry has no company field, so only the index shows where the second one starts.
    const page = openPage(`<form><h3>Employment</h3>${field('Title', 'title-0')}${field('Company name', 'company-name-1')}${field('Title', 'title-1')}</form>`);
    assert.deepEqual(entries(page.doc), ['work.title#0', 'work.employer#1', 'work.title#1']);
    await page.close();
  });

  it('splits entries at a repeated meaning', async () => {
    const school = (n: number) => field('Lärosäte', `school${n}x`) + field('Examen', `degree${n}x`) + field('Till (ÅÅÅÅ-MM)', `end${n}x`);
    const page = openPage(`<form><h2>Utbildning</h2>${school(1)}${school(2)}</form>`);
    assert.deepEqual(entries(page.doc), [
      'education.school#0', 'education.degree#0', 'education.endDate#0',
      'education.school#1', 'education.degree#1', 'education.endDate#1',
    ]);
    await page.close();
  });

  it('skips hidden template entries', async () => {
    const page = openPage(`<form><h2>Work experience</h2>
      <div id="template">${field('Employer', 'tpl-employer')}</div>${field('Employer', 'employer')}</form>`);
    const template = page.doc.getElementById('template') as HTMLElement;
    const fields = discoverFields(page.doc, { isVisible: (element) => !template.contains(element) });
    assert.deepEqual(fields.map((f) => [f.descriptor.meaning, f.descriptor.entryIndex]), [['work.employer', 0]]);
    await page.close();
  });

  it('indexes languages only where entries repeat', async () => {
    const levels = '<option value="">Välj</option><option>Flytande</option><option>Grundläggande</option>';
    const language = (n: number) => `<div><label for="lang${n}">Språk</label><select id="lang${n}" name="languages[${n}][language]"><option value="">Välj</option><option>Svenska</option></select></div>
      <div><label for="level${n}">Nivå</label><select id="level${n}" name="languages[${n}][level]">${levels}</select></div>`;
    const repeated = openPage(`<form><h2>Språk</h2>${language(0)}${language(1)}</form>`);
    assert.deepEqual(entries(repeated.doc), ['languages#0', 'languages/level#0', 'languages#1', 'languages/level#1']);
    await repeated.close();
    const single = openPage('<form><h2>Languages</h2><label for="l">Languages you speak</label><textarea id="l"></textarea></form>');
    assert.deepEqual(entries(single.doc), ['languages']);
    await single.close();
  });

  it('section ends at a titled section without its words', async () => {
    const page = openPage(`<form><h2>Work experience</h2>${field('Employer', 'employer')}
      <fieldset><legend>Other questions</legend>${field('Phone', 'phone', 'tel')}${field('Email', 'email', 'email')}
      ${field('City', 'city')}${field('Postal code', 'zip')}${field('Country', 'country')}</fieldset></form>`);
    assert.deepEqual(entries(page.doc), ['work.employer#0', 'phone', 'email', 'address.city', 'address.postalCode', 'address.country']);
    await page.close();
  });

  it('heading ends with its block', async () => {
    const page = openPage(`<form><div class="employment"><div class="header"><h3>Employment</h3><p>Most recent first.</p></div>
      ${field('Company name', 'company-name-0')}</div><div class="education"><h3>Education</h3>${field('School', 'school--0')}</div>
      <div class="question">${field('Current company', 'question_11')}</div>${field('Earliest start date', 'question_12')}</form>`);
    assert.deepEqual(entries(page.doc), ['work.employer#0', 'education.school#0', 'currentEmployer', 'startDate']);
    await page.close();
  });

  it('does not check visibility of rejected fields', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<td><input type="number" name="m[${i}]" aria-label="Skill 1, criterion ${i + 1}, rating 1 to 5"></td>`);
    const page = openPage(`<form>${field('Key skills', 'skills')}<table><tr>${rows.join('')}</tr></table></form>`);
    const checked: Element[] = [];
    const fields = scanFields(page.doc, { isVisible: (element) => (checked.push(element), true) });
    assert.deepEqual(fields.map((f) => f.skip ?? f.descriptor.meaning), ['skills', 'none', 'none', 'none', 'none', 'none']);
    assert.equal(checked.length, 1);
    assert.equal(fields[1]?.visible, true);
    assert.equal(checked.length, 2);
    await page.close();
  });
});
