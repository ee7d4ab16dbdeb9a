import assert from 'node:assert/strict';
import { PageChanges } from '../../../../src/autofill/fill/page-changes';
import { discovered, openPage, type Page } from './helpers';

const FORM = '<form><label id="cv-label" for="cv">CV</label><input id="cv" type="file"><input id="name"><div id="host"></div></form>';

describe('page changes since a scan', () => {
  let page: Page;
  let changes: PageChanges;
  afterEach(async () => {
    changes.disconnect();
    await page.close();
  });

  function watch(): { cv: HTMLInputElement; name: HTMLInputElement } {
    page = openPage(FORM);
    const cv = page.document.getElementById('cv') as HTMLInputElement;
    const name = page.document.getElementById('name') as HTMLInputElement;
    changes = new PageChanges(page.document);
    changes.baseline([discovered(cv, 'file'), discovered(name, 'text')]);
    return { cv, name };
  }

  it('reports no change on a quiet page', () => {
    watch();
    assert.equal(changes.changed(), false);
  });

  it('ignores attributes of a written control', () => {
    const { cv } = watch();
    changes.expectWrite(discovered(cv, 'file'));
    cv.setAttribute('aria-invalid', 'false');
    assert.equal(changes.changed(), false);
  });

  it('reports attributes of another element', () => {
    watch();
    page.document.getElementById('name')!.setAttribute('aria-label', 'Full name');
    assert.equal(changes.changed(), true);
  });

  it('reports a changed label text', () => {
    watch();
    page.document.getElementById('cv-label')!.textContent = 'CV (uploaded)';
    assert.equal(changes.changed(), true);
  });

  it('reports a value set by a script', () => {
    const { name } = watch();
    name.value = 'Anna';
    assert.equal(changes.changed(), true);
  });

  it('reports a change in a shadow root', () => {
    page = openPage(FORM);
    const root = page.document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="email">Email</label><input id="email">';
    changes = new PageChanges(page.document);
    changes.baseline([discovered(root.getElementById('email')!, 'text')]);
    root.querySelector('label')!.textContent = 'Work email';
    assert.equal(changes.changed(), true);
  });

  it('starts again at a new baseline', () => {
    const { cv, name } = watch();
    name.value = 'Anna';
    changes.baseline([discovered(cv, 'file'), discovered(name, 'text')]);
    assert.equal(changes.changed(), false);
  });
});
