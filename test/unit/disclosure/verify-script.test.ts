import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeTestVault, disclosure, type TestVault } from './helpers';
import { appendDisclosures, deleteEntries } from '../../../src/disclosure/log';
import { exportLog } from '../../../src/disclosure/export';
import { createReceipt } from '../../../src/disclosure/receipt';

const SCRIPT = path.resolve('scripts/verify.mjs');

function runVerify(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('verify script', function () {
  this.timeout(60_000);
  let vault: TestVault;
  let dir: string;

  before(async () => {
    vault = await makeTestVault();
    dir = await mkdtemp(path.join(tmpdir(), 'meritvalv-verify-'));
    await appendDisclosures(vault, [disclosure({ value: 'a' }), disclosure({ value: 'b' }), disclosure({ value: 'c' })]);
    await appendDisclosures(vault, [disclosure({ value: 'd', meaning: 'phone' })]);
    await deleteEntries(vault, [2]);
  });

  after(async () => {
    await vault.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function save(name: string, value: unknown): Promise<string> {
    const file = path.join(dir, name);
    await writeFile(file, JSON.stringify(value, null, 2));
    return file;
  }

  it('passes a good log export with the right key', async () => {
    const exported = await exportLog(vault);
    const { status, output } = runVerify(await save('log.json', exported), '--key', exported.keyFingerprint);
    assert.equal(status, 0, output);
    assert.match(output, /OK   3 entries/);
    assert.match(output, /OK   1 deletion records/);
    assert.match(output, /RESULT intact/);
  });

  it('fails a log export with a changed value', async () => {
    const exported = await exportLog(vault);
    exported.entries[1]!.value = 'forged';
    const { status, output } = runVerify(await save('tampered.json', exported));
    assert.equal(status, 1, output);
    assert.match(output, /FIRST FAILURE at entry 3: Entry 3 does not match its hash/);
  });

  it('fails a log export signed by an unexpected key', async () => {
    const exported = await exportLog(vault);
    const { status, output } = runVerify(await save('log2.json', exported), '--key', 'ab'.repeat(32));
    assert.equal(status, 1, output);
    assert.match(output, /not the expected key/);
  });

  it('checks a log embedded in a whole-vault export', async () => {
    const { status, output } = runVerify(await save('vault.json', { format: 'meritvalv-export', log: await exportLog(vault) }));
    assert.equal(status, 0, output);
  });

  it('checks every log of a readable vault export', async () => {
    const good = await exportLog(vault);
    const tampered = await exportLog(vault);
    tampered.entries[0]!.value = 'forged';
    const intact = runVerify(await save('vault-logs.json', { format: 'meritvalv-export', encrypted: false, logs: [good] }));
    assert.equal(intact.status, 0, intact.output);
    assert.match(intact.output, /logs\[0\]:/);
    const altered = runVerify(await save('vault-logs-2.json', { format: 'meritvalv-export', encrypted: false, logs: [good, tampered] }));
    assert.equal(altered.status, 1, altered.output);
    assert.match(altered.output, /logs\[1\]:[\s\S]*FIRST FAILURE/);
  });

  it('explains that a protected export cannot be checked', async () => {
    const { status, output } = runVerify(await save('protected.json', { format: 'meritvalv-export-protected', formatVersion: 1 }));
    assert.equal(status, 2, output);
    assert.match(output, /protected export/);
    assert.match(output, /RESULT not checked/);
    assert.doesNotMatch(output, /altered/);
  });

  it('rejects a JSON file of another kind', async () => {
    const { status, output } = runVerify(await save('package.json', { name: 'meritvalv', version: '0.1.0' }));
    assert.equal(status, 2, output);
    assert.match(output, /Not a file that verify reads/);
    assert.match(output, /RESULT not checked/);
    assert.doesNotMatch(output, /altered/);
  });

  it('passes a good receipt and fails a changed one', async () => {
    const receipt = await createReceipt(vault, { recipientOrigin: 'https://example.teamtailor.com', piiPrincipalId: 'anna@example.se', language: 'en', applications: [] });
    const good = runVerify(await save('receipt.json', receipt), '--key', receipt.signature.keyFingerprint);
    assert.equal(good.status, 0, good.output);
    assert.match(good.output, /OK   signature/);
    receipt.receipt.jurisdiction = 'US';
    const bad = runVerify(await save('receipt-changed.json', receipt));
    assert.equal(bad.status, 1, bad.output);
    assert.match(bad.output, /FAIL signature/);
  });

  it('exits 2 on an unreadable file or a malformed key', async () => {
    assert.equal(runVerify(path.join(dir, 'missing.json')).status, 2);
    assert.equal(runVerify(await save('x.json', {}), '--key', 'xyz').status, 2);
  });
});
