// Generates the benchmark's job application pages: a 60-field application form as ATS sites
// build it (personal details, links, three jobs, two schools, languages, questions, uploads) and
// the same form followed by a 1,940-input skills matrix, 2,000 inputs in all. The page's own
// script validates on focus, input, change and blur, as framework forms do, and adds up the time it
// spends in window.benchPage.scriptMs, so a fill can be timed without the page's own work.
// It also records long tasks (over 50 ms) in window.benchPage.longTasks.

const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

let nextId = 0;
const fieldId = (name) => `f${++nextId}-${name.replace(/[^a-z0-9]+/gi, '-')}`;

function input(label, name, { type = 'text', autocomplete, required = false } = {}) {
  const id = fieldId(name);
  const attributes = [`type="${type}"`, `id="${id}"`, `name="${name}"`];
  if (autocomplete) attributes.push(`autocomplete="${autocomplete}"`);
  if (required) attributes.push('required');
  return `<div class="field"><label for="${id}">${escapeHtml(label)}${required ? ' *' : ''}</label><input ${attributes.join(' ')}></div>`;
}

function textarea(label, name) {
  const id = fieldId(name);
  return `<div class="field"><label for="${id}">${escapeHtml(label)}</label><textarea id="${id}" name="${name}" rows="3"></textarea></div>`;
}

function select(label, name, options) {
  const id = fieldId(name);
  const items = ['<option value="">Select…</option>', ...options.map((option) => `<option>${escapeHtml(option)}</option>`)];
  return `<div class="field"><label for="${id}">${escapeHtml(label)}</label><select id="${id}" name="${name}">${items.join('')}</select></div>`;
}

function radios(question, name, options) {
  const items = options.map((option) => {
    const id = fieldId(`${name}-${option}`);
    return `<label for="${id}"><input type="radio" id="${id}" name="${name}" value="${escapeHtml(option)}"> ${escapeHtml(option)}</label>`;
  });
  return `<fieldset class="field"><legend>${escapeHtml(question)}</legend>${items.join(' ')}</fieldset>`;
}

function checkbox(label, name) {
  const id = fieldId(name);
  return `<div class="field"><input type="checkbox" id="${id}" name="${name}"> <label for="${id}">${escapeHtml(label)}</label></div>`;
}

function section(title, fields) {
  return `<fieldset class="section"><legend>${escapeHtml(title)}</legend>${fields.join('\n')}</fieldset>`;
}

const COUNTRIES = ['Sweden', 'Norway', 'Denmark', 'Finland', 'Germany', 'United Kingdom', 'United States'];
const LANGUAGES = ['Swedish', 'English', 'German', 'French', 'Spanish', 'Finnish', 'Arabic'];
const LEVELS = ['Native', 'Fluent', 'Professional', 'Intermediate', 'Basic'];

/** Returns the 60 questions of the application form, in sections. */
function applicationSections() {
  const work = [0, 1, 2].map((index) =>
    section(`Work experience ${index + 1}`, [
      input('Employer', `work[${index}][employer]`),
      input('Job title', `work[${index}][title]`),
      input('Start date', `work[${index}][start]`, { type: 'month' }),
      input('End date', `work[${index}][end]`, { type: 'month' }),
      textarea('Describe your responsibilities', `work[${index}][description]`),
    ]),
  );
  const education = [0, 1].map((index) =>
    section(`Education ${index + 1}`, [
      input('School or university', `education[${index}][school]`),
      input('Degree', `education[${index}][degree]`),
      input('Field of study', `education[${index}][field]`),
      input('Graduation date', `education[${index}][end]`, { type: 'month' }),
    ]),
  );
  const languages = [0, 1, 2].map((index) =>
    section(`Language ${index + 1}`, [
      select('Language', `languages[${index}][language]`, LANGUAGES),
      select('Proficiency', `languages[${index}][level]`, LEVELS),
    ]),
  );
  return [
    section('Personal details', [
      input('First name', 'first_name', { autocomplete: 'given-name', required: true }),
      input('Last name', 'last_name', { autocomplete: 'family-name', required: true }),
      input('Preferred name', 'preferred_name'),
      input('Email', 'email', { type: 'email', autocomplete: 'email', required: true }),
      input('Phone', 'phone', { type: 'tel', autocomplete: 'tel', required: true }),
      input('Date of birth', 'birth_date', { type: 'date' }),
      input('Swedish personal identity number (personnummer)', 'personnummer'),
      input('Street address', 'street', { autocomplete: 'street-address' }),
      input('Postal code', 'postal_code', { autocomplete: 'postal-code' }),
      input('City', 'city', { autocomplete: 'address-level2' }),
      input('County / region', 'region'),
      select('Country', 'country', COUNTRIES),
    ]),
    section('Links', [
      input('LinkedIn profile', 'linkedin', { type: 'url' }),
      input('GitHub', 'github', { type: 'url' }),
      input('Personal website', 'website', { type: 'url' }),
    ]),
    section('Current position', [
      input('Current job title', 'current_title'),
      input('Current employer', 'current_employer'),
      input('Years of professional experience', 'years_experience', { type: 'number' }),
      input('Key skills', 'skills'),
    ]),
    ...work,
    ...education,
    ...languages,
    section('Eligibility and availability', [
      select("Driver's licence", 'drivers_licence', ['None', 'B', 'BE', 'C', 'CE']),
      radios('Are you authorised to work in Sweden?', 'work_authorisation', ['Yes', 'No']),
      radios('Will you now or in the future require visa sponsorship?', 'sponsorship', ['Yes', 'No']),
      select('Notice period', 'notice_period', ['None', '1 month', '2 months', '3 months', '6 months']),
      input('Earliest start date', 'start_date', { type: 'date' }),
      input('Salary expectation (SEK per month)', 'salary', { type: 'number' }),
    ]),
    section('Documents and questions', [
      input('Resume / CV', 'resume', { type: 'file' }),
      input('Cover letter', 'cover_letter', { type: 'file' }),
      textarea('Short summary about yourself', 'summary'),
      select('How did you hear about us?', 'source', ['LinkedIn', 'Friend', 'Job board', 'Other']),
      textarea('Why do you want to work at Norrsken Logistik?', 'motivation'),
      checkbox('I agree to the processing of my personal data for this recruitment', 'consent'),
    ]),
  ];
}

/** Returns a table of `rows` skills by `columns` criteria, each cell a number input (1 to 5). */
function skillsMatrix(rows, columns) {
  const header = Array.from({ length: columns }, (_, column) => `<th scope="col">Criterion ${column + 1}</th>`).join('');
  const body = Array.from({ length: rows }, (_, row) => {
    const cells = Array.from(
      { length: columns },
      (_, column) =>
        `<td><input type="number" min="1" max="5" name="matrix[${row}][${column}]" aria-label="Skill ${row + 1}, criterion ${column + 1}, rating 1 to 5"></td>`,
    ).join('');
    return `<tr><th scope="row">Skill ${row + 1}</th>${cells}</tr>`;
  }).join('\n');
  return `<fieldset class="section"><legend>Self-assessment: rate each skill on each criterion</legend><table><thead><tr><th></th>${header}</tr></thead><tbody>${body}</tbody></table></fieldset>`;
}

const PAGE_SCRIPT = `
window.benchPage = { scriptMs: 0, events: 0, longTasks: [] };
const state = {};
function validate(event) {
  const started = performance.now();
  const field = event.target;
  if (field && field.name) {
    state[field.name] = field.type === 'checkbox' || field.type === 'radio' ? field.checked : field.value;
    const invalid = field.required && !field.value;
    field.setAttribute('aria-invalid', invalid ? 'true' : 'false');
  }
  window.benchPage.scriptMs += performance.now() - started;
  window.benchPage.events += 1;
}
for (const type of ['focus', 'input', 'change', 'blur']) document.addEventListener(type, validate, true);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.benchPage.longTasks.push(entry.duration);
}).observe({ type: 'longtask' });
`;

function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>body{font:15px system-ui,sans-serif;max-width:960px;margin:2em auto}.field{margin:.5em 0}label{display:block}fieldset{margin:1em 0}td input{width:3em}</style>
</head>
<body>
<h1>Warehouse systems developer</h1>
<p class="company">Norrsken Logistik AB, Västerås</p>
<form action="/submit" method="post" enctype="multipart/form-data">
${body}
<button type="submit">Submit application</button>
</form>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** Returns the pages by file name: application-60.html and inputs-2000.html. */
export function benchPages() {
  nextId = 0;
  const sections = applicationSections();
  return {
    'application-60.html': page('Apply: Warehouse systems developer – Norrsken Logistik', sections.join('\n')),
    'inputs-2000.html': page(
      'Apply with self-assessment: Warehouse systems developer – Norrsken Logistik',
      `${sections.join('\n')}\n${skillsMatrix(97, 20)}`,
    ),
  };
}

/** Counts the questions and the form controls in a generated page (a radio group is one question). */
export function countControls(html) {
  const controls = html.match(/<(input|select|textarea)\b/g)?.length ?? 0;
  const radioGroups = new Set([...html.matchAll(/type="radio"[^>]*name="([^"]+)"/g)].map((match) => match[1]));
  const radios = html.match(/type="radio"/g)?.length ?? 0;
  return { controls, questions: controls - radios + radioGroups.size };
}
