import assert from 'node:assert/strict';
import { classifyField } from '../../../../src/autofill/classify';
import { meaningOf, signals } from './helpers';

const scale = (...values: string[]) => values.map((value) => ({ value, label: value }));

describe('classify sections', () => {
  it('work entry fields take work meanings', () => {
    const titles = ['Work experience 1'];
    assert.equal(meaningOf({ label: 'Employer', titles }), 'work.employer');
    assert.equal(meaningOf({ label: 'Job title', titles }), 'work.title');
    assert.equal(meaningOf({ label: 'Start date', titles, inputType: 'month' }, 'date'), 'work.startDate');
    assert.equal(meaningOf({ label: 'End date', titles, inputType: 'month' }, 'date'), 'work.endDate');
    assert.equal(meaningOf({ label: 'Describe your responsibilities', titles, inputType: 'textarea' }), 'work.description');
  });

  it('standalone current job questions stay current', () => {
    assert.equal(meaningOf({ label: 'Current employer' }), 'currentEmployer');
    assert.equal(meaningOf({ label: 'Current job title' }), 'currentTitle');
    assert.equal(meaningOf({ label: 'Employer' }), 'currentEmployer');
  });

  it('start question under experience stays', () => {
    assert.equal(meaningOf({ label: 'When can you start?', titles: ['Experience'], inputType: 'date' }, 'date'), 'startDate');
    assert.equal(meaningOf({ label: 'När kan du börja? *', titles: ['Erfarenhet'], inputType: 'date' }, 'date'), 'startDate');
    assert.equal(meaningOf({ label: 'Start date', titles: ['Education 1'], inputType: 'date' }, 'date'), 'none');
  });

  it('open questions in an entry stay none', () => {
    assert.equal(meaningOf({ label: 'Why did you leave?', titles: ['Employment'], inputType: 'textarea' }), 'none');
  });

  it('indexed identifiers open an entry', () => {
    assert.equal(meaningOf({ label: 'Employer', identifiers: ['work[0][employer]'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'Company', identifiers: ['experience-1-company'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'Start date', identifiers: ['job_2_start'] }), 'work.startDate');
    assert.equal(meaningOf({ label: 'School', identifiers: ['education[1][school]'] }), 'education.school');
    assert.equal(meaningOf({ label: 'Company', identifiers: ['job_application[employments_attributes][1][company_name]'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'School', identifiers: ['job_application[educations_attributes][0][school_name_id]'] }, 'select'), 'education.school');
    const entry = classifyField(signals({ label: 'Job Title', identifiers: ['workExperience-2--jobTitle'] }));
    assert.equal(entry.meaning, 'work.title');
    assert.deepEqual(entry.section, { kind: 'work', entryKey: '2' });
  });

  it('trailing index names the entry', () => {
    const entry = classifyField(signals({ label: 'Company name', identifiers: ['company-name-1'], titles: ['Employment'] }));
    assert.equal(entry.meaning, 'work.employer');
    assert.deepEqual(entry.section, { kind: 'work', entryKey: '1' });
  });

  it('indexed answers open no section', () => {
    assert.equal(meaningOf({ label: 'Phone', identifiers: ['job_application[answers_attributes][0][text_value]'] }), 'phone');
  });

  it('section word ending an identifier opens none', () => {
    const years = { label: 'Years of professional experience', identifiers: ['years_experience'], inputType: 'number' };
    assert.equal(meaningOf(years), 'yearsExperience');
    assert.equal(classifyField(signals(years)).section, undefined);
  });

  it('titles open a section only when made of section words', () => {
    assert.equal(meaningOf({ label: 'Phone', titles: ['Education coordinator'] }), 'phone');
    assert.equal(meaningOf({ label: 'Company', titles: ['Senior Experience Designer'] }), 'currentEmployer');
    assert.equal(meaningOf({ label: 'Company', titles: ['My Experience'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'Company', titles: ['Job 2'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'Company', titles: ['Job'] }), 'currentEmployer');
  });

  it('nearest title that opens a section decides', () => {
    assert.equal(meaningOf({ label: 'Year', context: 'From', titles: ['From', 'Education 1', 'My Experience'] }, 'spinbutton'), 'none');
    assert.equal(meaningOf({ label: 'Year', context: 'To', titles: ['To', 'Education 1', 'My Experience'] }, 'spinbutton'), 'education.endDate/year');
  });

  it('entry start date is not the earliest start date', () => {
    assert.equal(meaningOf({ label: 'Start date', titles: ['Education'] }), 'none');
    assert.equal(meaningOf({ label: 'Start date' }), 'startDate');
  });

  it('organisation tokens name the entry in a work section', () => {
    assert.equal(meaningOf({ label: 'Company', autocomplete: 'organization', titles: ['Employment history'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'Title', autocomplete: 'organization-title', titles: ['Employment history'] }), 'work.title');
    assert.equal(meaningOf({ label: 'Company', autocomplete: 'organization' }), 'currentEmployer');
  });

  it('swedish entries and legends', () => {
    assert.equal(meaningOf({ label: 'Arbetsgivare', titles: ['Anställning 1'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'Befattning', titles: ['Tidigare anställningar'] }), 'work.title');
    assert.equal(meaningOf({ label: 'Lärosäte', titles: ['Utbildning 2'] }), 'education.school');
    assert.equal(meaningOf({ label: 'Utbildningens namn', titles: ['Utbildning 2'] }), 'education.degree');
    assert.equal(meaningOf({ label: 'Till (ÅÅÅÅ-MM)', titles: ['Utbildning 2'] }), 'education.endDate');
    assert.equal(meaningOf({ label: 'Från (ÅÅÅÅ-MM)', titles: ['Utbildning 2'] }), 'none');
    assert.equal(meaningOf({ label: 'Arbetsgivare', titles: ['Mina arbetslivserfarenheter'] }), 'work.employer');
  });

  it('other languages use the same rules', () => {
    assert.equal(meaningOf({ label: 'Arbeitgeber', titles: ['Berufserfahrung 2'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'Bis', titles: ['Meine Berufserfahrung'] }), 'work.endDate');
    assert.equal(meaningOf({ label: 'Arbeidsgiver', titles: ['Stilling 1'] }), 'work.employer');
    assert.equal(meaningOf({ label: 'Uddannelsessted', titles: ['Uddannelse'] }), 'education.school');
  });
});

describe('classify numbers and rating scales', () => {
  it('rating cells are not skills', () => {
    assert.equal(meaningOf({ label: 'Skill 3, criterion 5, rating 1 to 5', inputType: 'number' }), 'none');
    assert.equal(meaningOf({ label: 'Rate your skills', inputType: 'range' }), 'none');
    assert.equal(meaningOf({ label: 'Key skills' }), 'skills');
  });

  it('number inputs take numeric meanings', () => {
    assert.equal(meaningOf({ label: 'Years of experience', inputType: 'number' }), 'yearsExperience');
    assert.equal(meaningOf({ label: 'Salary expectation (SEK per month)', inputType: 'number' }), 'salaryExpectation');
    assert.equal(meaningOf({ label: 'Graduation year', inputType: 'number' }), 'education.endDate/year');
    assert.equal(meaningOf({ label: 'First name', inputType: 'number' }), 'none');
    assert.equal(meaningOf({ label: 'City', inputType: 'number' }), 'none');
  });

  it('rating scales are not free-text meanings', () => {
    const options = scale('1', '2', '3', '4', '5');
    assert.equal(meaningOf({ label: 'Rate your SQL skills', inputType: 'radio-group', options }, 'radio-group'), 'none');
    assert.equal(meaningOf({ label: 'Skills', inputType: 'select', options }, 'select'), 'none');
    assert.equal(meaningOf({ label: 'Nivå', titles: ['Språk'], inputType: 'select', options }, 'select'), 'languages/level');
    assert.equal(meaningOf({ label: 'Years of experience', inputType: 'select', options }, 'select'), 'yearsExperience');
  });
});
