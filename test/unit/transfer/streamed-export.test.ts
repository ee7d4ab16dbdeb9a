// The streamed exports against the whole-object exports they replace: the same text, byte for
// byte, for the log alone and for the whole vault.
import assert from 'node:assert/strict';
import type { NewDisclosure } from '../../../src/disclosure/chain';
import { exportLog as buildLogExport, verifyLogExport, type LogExport } from '../../../src/disclosure/export';
import { appendDisclosures, deleteEntries, rotateDeviceKey } from '../../../src/disclosure/log';
import { generateKeyPair } from '../../../src/disclosure/signing';
import { AppError } from '../../../src/messaging/protocol';
import { buildVaultExport, toJsonText } from '../../../src/transfer/export';
import { joinPieces, writeJsonText } from '../../../src/transfer/json/pretty-stream';
import { openStreamedLog } from '../../../src/transfer/log-stream';
import { PendingTransfers } from '../../../src/transfer/pending';
import { exportLog, exportVault, streamLogExport, streamVaultExport } from '../../../src/transfer/service';
import { readVaultContent } from '../../../src/transfer/store/read';
import { fillVault, makeVault, type TestVault } from './helpers';

const NOW = new Date('2026-12-24T15:00:00.000Z');

function entries(count: number, first: number, origin = 'https://jobs.example.se'): NewDisclosure[] {
  return Array.from({ length: count }, (_, index) => ({
    time: new Date(Date.UTC(2026, 10, 6, 8, 0, first + index)).toISOString(),
    tabUrl: `${origin}/jobs/${first + index}/apply`,
    topSite: origin,
    frameOrigin: origin,
    actionOrigin: origin,
    meaning: 'email',
    label: `E-post ${first + index} "quoted"\n`,
    value: `anna+${first + index}@example.se`,
    kept: index % 2 === 0,
    applicationId: 'app-1',
  }));
}

/** Returns the log export as the whole-object export wrote it. */
async function wholeLogText(vault: TestVault): Promise<string> {
  return toJsonText(await buildLogExport(vault.vault, NOW));
}

/** Returns the readable vault export as the whole-object export wrote it. */
async function wholeVaultText(vault: TestVault): Promise<string> {
  const content = await readVaultContent(vault.context, undefined, NOW);
  return toJsonText(await buildVaultExport(content, 'readable', { appVersion: vault.context.appVersion, now: NOW }));
}

/** Fetches every chunk of a streamed log export, as the page does. */
async function downloadLog(vault: TestVault): Promise<string> {
  const pending = new PendingTransfers();
  const { downloadId } = pending.addStream(await streamLogExport(vault.context, NOW), 'log.json', 'application/json');
  const parts: string[] = [];
  for (let index = 0; ; index += 1) {
    const chunk = await pending.downloadChunk(downloadId, index);
    parts.push(chunk.text);
    if (chunk.last) return parts.join('');
  }
}

describe('streamed export', () => {
  let vault: TestVault;

  beforeEach(async () => {
    vault = await makeVault();
  });

  afterEach(async () => {
    await vault.close();
  });

  it('writes an empty log as before', async () => {
    const whole = await wholeLogText(vault);
    assert.equal(await downloadLog(vault), whole);
    const parsed = JSON.parse(whole) as LogExport;
    assert.deepEqual(parsed.entries, []);
    assert.equal(parsed.head, null);
  });

  it('writes a log with deletions and rotations as before', async () => {
    await fillVault(vault.vault);
    await appendDisclosures(vault.vault, entries(40, 0), new Date('2026-11-06T08:01:00.000Z'));
    await deleteEntries(vault.vault, [7, 8, 9, 30], new Date('2026-11-06T09:00:00.000Z'));
    const next = await generateKeyPair();
    await rotateDeviceKey(vault.vault, next, new Date('2026-11-07T08:00:00.000Z'));
    await vault.vault.setDeviceKey(next.secretKey);
    await appendDisclosures(vault.vault, entries(5, 40, 'https://ats.example.com'), new Date('2026-11-08T08:00:00.000Z'));

    const whole = await wholeLogText(vault);
    const streamed = await downloadLog(vault);
    assert.equal(streamed, whole);
    assert.equal(await exportLog(vault.context, 'json', undefined, NOW), whole);

    const parsed = JSON.parse(streamed) as LogExport;
    assert.deepEqual(parsed, await buildLogExport(vault.vault, NOW));
    assert.equal(parsed.deletions.length, 3);
    assert.equal(parsed.rotations.length, 1);
    assert.equal((await verifyLogExport(parsed)).status, 'intact');
  });

  it('writes a log of several batches as before', async () => {
    await appendDisclosures(vault.vault, entries(1200, 0));
    await appendDisclosures(vault.vault, entries(900, 1200));
    await deleteEntries(vault.vault, [1000, 1001]);
    const streamed = await downloadLog(vault);
    assert.equal(streamed, await wholeLogText(vault));
    assert.equal((JSON.parse(streamed) as LogExport).entries.length, 2098);
  });

  it('reports progress by entries written', async () => {
    await appendDisclosures(vault.vault, entries(2500, 0));
    const source = await streamLogExport(vault.context, NOW);
    assert.ok('progress' in source);
    const shares: number[] = [];
    for await (const _piece of source.pieces) shares.push(source.progress());
    assert.equal(shares[0], 0);
    assert.ok(shares.some((share) => share > 0 && share < 1), `no share between 0 and 1 in ${shares.join(', ')}`);
    assert.equal(shares[shares.length - 1], 1);
  });

  it('leaves out entries of a fill during the export', async () => {
    await appendDisclosures(vault.vault, entries(10, 0));
    const before = await wholeLogText(vault);
    const log = await openStreamedLog(vault.vault, NOW);
    await appendDisclosures(vault.vault, entries(3, 10));

    const text = await joinPieces(writeJsonText(log.document));
    assert.equal(text, before);
    assert.equal((await verifyLogExport(JSON.parse(text) as LogExport)).status, 'intact');
  });

  it('fails when entries are deleted mid-export', async () => {
    await appendDisclosures(vault.vault, entries(10, 0));
    const log = await openStreamedLog(vault.vault, NOW);
    await deleteEntries(vault.vault, [4, 5]);
    await assert.rejects(joinPieces(writeJsonText(log.document)), (error: unknown) => error instanceof AppError && error.code === 'logChanged');
  });

  it('writes the readable vault export as before', async () => {
    await fillVault(vault.vault);
    await appendDisclosures(vault.vault, entries(30, 0));
    const streamed = await exportVault(vault.context, { kind: 'readable' }, undefined, NOW);
    assert.equal(streamed, await wholeVaultText(vault));
  });

  it('writes a vault with an empty log as before', async () => {
    const progress: number[] = [];
    const streamed = await exportVault(vault.context, { kind: 'readable' }, (done, total) => progress.push(done / total), NOW);
    assert.equal(streamed, await wholeVaultText(vault));
    assert.equal(progress[progress.length - 1], 1);
  });

  it('reports vault export progress to the end', async () => {
    await fillVault(vault.vault);
    await appendDisclosures(vault.vault, entries(1500, 0));
    const notices: number[] = [];
    const source = await streamVaultExport(vault.context, { kind: 'readable' }, (done, total) => notices.push(done / total), NOW);
    assert.ok('progress' in source);
    const before = source.progress();
    assert.ok(before > 0, `progress ${before} before the log was written`);
    assert.ok(before < 1, `progress ${before} before the log was written`);
    await joinPieces(source.pieces);
    assert.equal(source.progress(), 1);
    assert.equal(notices[notices.length - 1], 1);
  });
});
