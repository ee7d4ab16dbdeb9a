import assert from 'node:assert/strict';
import type { FieldDescriptor, FrameScan } from '../../../src/autofill/types';
import { buildPreview, findBlockedFrames, type FrameReport } from '../../../src/background/preview/build';
import { siteOf } from '../../../src/background/preview/site';
import type { Cv } from '../../../src/vault/cv/model';

const cv: Cv = {
  resume: {
    basics: { name: 'Anna Lindqvist', email: 'anna.lindqvist@example.se', phone: '+46 70 123 45 67' },
  },
  application: {
    givenName: 'Anna',
    familyName: 'Lindqvist',
    personnummer: '19880412-1237',
    driversLicence: ['B'],
    workAuthorisation: [],
  },
};

function field(fieldId: string, meaning: FieldDescriptor['meaning'], formActionOrigin: string | null): FieldDescriptor {
  return {
    fieldId,
    meaning,
    confidence: 0.9,
    label: meaning,
    widget: 'text',
    format: { inputType: 'text' },
    formActionOrigin,
    formKey: 'form-1',
    required: false,
    hasUserValue: false,
  };
}

function scan(frameOrigin: string, fields: FieldDescriptor[], childFrameOrigins: string[] = []): FrameScan {
  return {
    frameOrigin,
    frameUrl: `${frameOrigin}/apply`,
    isSecureContext: true,
    pageTitle: 'Apply',
    fields,
    childFrameOrigins,
  };
}

function preview(frames: FrameReport[]) {
  return buildPreview({
    previewId: 'p1',
    tabId: 7,
    tabUrl: 'https://careers.example.se/jobs/1',
    frames,
    blockedFrames: [],
    cv,
    documents: [],
    previouslyReceived: () => [],
  });
}

describe('consent preview', () => {
  it('groups fields by frame and action origin', () => {
    const result = preview([
      { frameId: 0, scan: scan('https://careers.example.se', [field('a', 'email', 'https://careers.example.se')]) },
      { frameId: 3, scan: scan('https://boards.ats.example', [field('b', 'name.given', null), field('c', 'email', null)]) },
    ]);
    assert.equal(result.groups.length, 2);
    const ats = result.groups.find((group) => group.frameOrigin === 'https://boards.ats.example');
    assert.ok(ats);
    assert.equal(ats.actionOrigin, null);
    assert.equal(ats.rows.length, 2);
    assert.equal(ats.isThirdParty, true);
    const own = result.groups.find((group) => group.frameOrigin === 'https://careers.example.se');
    assert.equal(own?.isThirdParty, false);
  });

  it('leaves sensitive values unticked', () => {
    const result = preview([
      { frameId: 0, scan: scan('https://careers.example.se', [field('p', 'nationalId', null)]) },
    ]);
    const row = result.groups[0]?.rows[0];
    assert.equal(row?.sensitive, true);
    assert.equal(row?.checked, false);
    assert.notEqual(row?.value, null);
  });

  it('lists fields without a vault value as missing', () => {
    const result = preview([
      { frameId: 0, scan: scan('https://careers.example.se', [field('g', 'github', null)]) },
    ]);
    const row = result.groups[0]?.rows[0];
    assert.equal(row?.value, null);
    assert.equal(row?.checked, false);
  });

  it('marks an insecure recipient', () => {
    const result = preview([
      { frameId: 0, scan: scan('https://careers.example.se', [field('e', 'email', 'http://collect.example.se')]) },
    ]);
    assert.equal(result.groups[0]?.isSecure, false);
  });

  it('names child frames that did not answer', () => {
    const frames: FrameReport[] = [
      { frameId: 0, scan: scan('https://careers.example.se', [], ['https://boards.ats.example', 'about:blank']) },
    ];
    assert.deepEqual(findBlockedFrames(frames, new Set()), [{ frameId: 0, origin: 'https://boards.ats.example' }]);
    assert.deepEqual(findBlockedFrames(frames, new Set(['https://boards.ats.example'])), []);
  });
});

describe('site of an origin', () => {
  it('keeps the registrable domain', () => {
    assert.equal(siteOf('https://jobs.careers.example.se/x'), 'https://example.se');
    assert.equal(siteOf('https://apply.example.co.uk'), 'https://example.co.uk');
    assert.equal(siteOf('http://127.0.0.1:8080'), 'http://127.0.0.1');
  });
});
