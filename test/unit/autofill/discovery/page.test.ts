import assert from 'node:assert/strict';
import { extractPageContext, listChildFrameOrigins, watchFieldChanges } from '../../../../src/autofill/discovery';
import { openPage } from './dom';

describe('extractPageContext', () => {
  it('reads a JSON-LD JobPosting', async () => {
    const page = openPage('<h1>Ignored heading</h1>');
    const script = page.doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'JobPosting', title: 'Grid Planner', hiringOrganization: { name: 'Tallberg Energi' } }] });
    page.doc.head.appendChild(script);
    page.doc.title = 'Apply';
    assert.deepEqual(extractPageContext(page.doc), { pageTitle: 'Apply', jobTitle: 'Grid Planner', company: 'Tallberg Energi' });
    await page.close();
  });

  it('falls back to the heading and the title', async () => {
    const page = openPage('<h1>Backend Engineer, Payments</h1>');
    page.doc.title = 'Backend Engineer, Payments at Northwind Labs';
    assert.deepEqual(extractPageContext(page.doc), { pageTitle: 'Backend Engineer, Payments at Northwind Labs', jobTitle: 'Backend Engineer, Payments', company: 'Northwind Labs' });
    await page.close();
  });

  it('skips the name of the tracking system in the title', async () => {
    const page = openPage('<h1>Redovisningsekonom</h1>');
    page.doc.title = 'Ansök: Redovisningsekonom - Byggkraft Norr AB | Jobylon';
    assert.equal(extractPageContext(page.doc).company, 'Byggkraft Norr AB');
    await page.close();
  });
});

describe('company from the page title', () => {
  const cases: [heading: string, title: string, company: string][] = [
    ['Store Associate, Solna store', 'Store Associate - Hallonbergen Sport', 'Hallonbergen Sport'],
    ['Barista, weekends', 'Barista - Tallkrogen Kafferosteri', 'Tallkrogen Kafferosteri'],
    ['Backend Developer', 'Apply: Backend Developer, Harbour Lane Software', 'Harbour Lane Software'],
  ];
  for (const [heading, title, company] of cases) {
    it(`finds ${company}`, async () => {
      const page = openPage(`<h1>${heading}</h1>`);
      page.doc.title = title;
      assert.equal(extractPageContext(page.doc).company, company);
      await page.close();
    });
  }
});

describe('listChildFrameOrigins', () => {
  it('lists distinct http origins of child frames', async () => {
    const page = openPage(`<iframe src="https://boards.example.net/embed?x=1"></iframe><iframe src="https://boards.example.net/other"></iframe>
      <iframe src="/local"></iframe><iframe src="javascript:void(0)"></iframe>`);
    assert.deepEqual(listChildFrameOrigins(page.doc), ['https://boards.example.net', 'https://jobs.example.test']);
    await page.close();
  });
});

describe('watchFieldChanges', () => {
  it('reports a revealed sub-form once, after the changes settle', async () => {
    const page = openPage('<div id="sub" style="display:none"><input id="x"></div>');
    const controller = new AbortController();
    let calls = 0;
    watchFieldChanges(page.doc, () => { calls += 1; }, controller.signal);
    const sub = page.doc.getElementById('sub') as HTMLElement;
    sub.style.display = 'block';
    sub.appendChild(page.doc.createElement('input'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(calls, 1);
    controller.abort();
    sub.appendChild(page.doc.createElement('input'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(calls, 1);
    await page.close();
  });
});
