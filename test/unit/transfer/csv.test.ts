import assert from 'node:assert/strict';
import { csvCell, toCsv } from '../../../src/transfer/csv';
import { exportLogCsv, LOG_EXTRACT_FORMAT } from '../../../src/transfer/partial';
import { exportLog } from '../../../src/transfer/service';
import { fillVault, makeVault } from './helpers';

describe('transfer CSV', () => {
  it('leaves plain cells alone', () => {
    assert.equal(csvCell('Anna'), 'Anna');
    assert.equal(csvCell(''), '');
  });

  it('quotes commas, quotes and line breaks', () => {
    assert.equal(csvCell('Västerås, centrum'), '"Västerås, centrum"');
    assert.equal(csvCell('say "hej"'), '"say ""hej"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('cr\rhere'), '"cr\rhere"');
  });

  it('guards cells that start a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t']) {
      assert.equal(csvCell(`${start}1+1`), `'${start}1+1`);
    }
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  });

  it('ends every line with CRLF', () => {
    assert.equal(toCsv(['a', 'b'], [['1', '2']]), 'a,b\r\n1,2\r\n');
  });

  it('exports the log for all or one recipient', async () => {
    const { vault, context, close } = await makeVault();
    try {
      await fillVault(vault);
      const all = await exportLog(context, 'csv');
      const lines = all.trimEnd().split('\r\n');
      assert.equal(lines[0], 'seq,time,frameOrigin,actionOrigin,topSite,tabUrl,meaning,label,value,kept,applicationId,hash');
      assert.equal(lines.length, 5);
      assert.ok(all.includes(`"'=HYPERLINK(""x"")"`));

      const one = await exportLog(context, 'csv', 'https://ats.example.com');
      assert.equal(one.trimEnd().split('\r\n').length, 3);
      assert.ok(one.includes('"Västerås, ""centrum"""'));

      const extract = JSON.parse(await exportLog(context, 'json', 'https://ats.example.com')) as Record<string, unknown>;
      assert.equal(extract.format, LOG_EXTRACT_FORMAT);
      assert.equal(extract.verifiable, false);
      assert.equal((extract.entries as unknown[]).length, 2);

      const whole = JSON.parse(await exportLog(context, 'json')) as Record<string, unknown>;
      assert.equal(whole.format, 'meritvalv-disclosure-log');
      assert.equal((whole.entries as unknown[]).length, 4);
    } finally {
      await close();
    }
  });

  it('exports an empty log as a header', () => {
    assert.equal(exportLogCsv([]).split('\r\n')[0]?.startsWith('seq,time'), true);
  });
});
