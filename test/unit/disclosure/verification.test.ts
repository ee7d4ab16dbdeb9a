// Cancelling a verification of the stored log: a run shared by several callers stops once the
// last of them leaves, between two batches, and a stopped verification never reports a result.
import assert from 'node:assert/strict';
import { makeTestVault, disclosure, type TestVault } from './helpers';
import { appendDisclosures } from '../../../src/disclosure/log';
import { verifyStoredLog, verifyStoredLogOnce } from '../../../src/disclosure/export';
import { SharedRun } from '../../../src/disclosure/shared-run';

/** More entries than one hash batch (1,000), so the verification passes two batch boundaries. */
const ENTRIES = 2500;

/** Work that runs until its signal aborts, and records that signal. */
function workUntilAborted(): { work: (signal: AbortSignal) => Promise<string>; signal: () => AbortSignal; finish: (value: string) => void } {
  let captured: AbortSignal | undefined;
  let finish: (value: string) => void = () => undefined;
  const work = (signal: AbortSignal) => {
    captured = signal;
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { work, signal: () => captured as AbortSignal, finish: (value) => finish(value) };
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

describe('shared run', () => {
  it('keeps running while a caller waits', async () => {
    const { work, signal, finish } = workUntilAborted();
    const run = new SharedRun(work);
    const leaving = new AbortController();
    const staying = new AbortController();
    const left = run.join(leaving.signal);
    const stayed = run.join(staying.signal);
    leaving.abort();
    await assert.rejects(left, isAbortError);
    assert.equal(signal().aborted, false);
    assert.equal(run.abandoned, false);
    finish('done');
    assert.equal(await stayed, 'done');
  });

  it('stops when the last caller leaves', async () => {
    const { work, signal } = workUntilAborted();
    const run = new SharedRun(work);
    const first = new AbortController();
    const second = new AbortController();
    const results = [run.join(first.signal), run.join(second.signal)];
    first.abort();
    second.abort();
    for (const result of results) await assert.rejects(result, isAbortError);
    assert.equal(signal().aborted, true);
    assert.equal(run.abandoned, true);
  });

  it('never stops for a caller without a signal', async () => {
    const { work, signal, finish } = workUntilAborted();
    const run = new SharedRun(work);
    const forever = run.join();
    const leaving = new AbortController();
    const left = run.join(leaving.signal);
    leaving.abort();
    await assert.rejects(left, isAbortError);
    assert.equal(signal().aborted, false);
    finish('done');
    assert.equal(await forever, 'done');
  });

  it('stops at once for an aborted first caller', async () => {
    const { work, signal } = workUntilAborted();
    const run = new SharedRun(work);
    await assert.rejects(run.join(AbortSignal.abort()), isAbortError);
    assert.equal(signal().aborted, true);
  });

  it('rejects joining an abandoned run', async () => {
    const { work } = workUntilAborted();
    const run = new SharedRun(work);
    await assert.rejects(run.join(AbortSignal.abort()), isAbortError);
    assert.throws(() => run.join(), /Cannot join a run that every caller left/);
  });
});

describe('verification cancelled', () => {
  let vault: TestVault;

  before(async () => {
    vault = await makeTestVault();
    const entries = Array.from({ length: ENTRIES }, (_, index) =>
      disclosure({ value: `value ${index}`, time: new Date(Date.UTC(2026, 2, 1) + index * 60_000).toISOString() }),
    );
    await appendDisclosures(vault, entries);
  });

  after(() => vault.close());

  it('pauses between batches', async () => {
    let pauses = 0;
    const report = await verifyStoredLog(vault, {
      betweenBatches: async () => {
        pauses += 1;
      },
    });
    assert.equal(report.status, 'intact');
    assert.equal(report.entriesChecked, ENTRIES);
    assert.equal(pauses, Math.floor(ENTRIES / 1000));
  });

  it('stops at the next batch', async () => {
    const controller = new AbortController();
    let pauses = 0;
    const verifying = verifyStoredLog(vault, {
      signal: controller.signal,
      betweenBatches: async () => {
        pauses += 1;
        controller.abort();
      },
    });
    await assert.rejects(verifying, isAbortError);
    assert.equal(pauses, 1);
  });

  it('finishes for the caller that stays', async () => {
    const leaving = new AbortController();
    const staying = new AbortController();
    const betweenBatches = async () => leaving.abort();
    const left = verifyStoredLogOnce(vault, { signal: leaving.signal, betweenBatches });
    const stayed = verifyStoredLogOnce(vault, { signal: staying.signal });
    await assert.rejects(left, isAbortError);
    const report = await stayed;
    assert.equal(report.status, 'intact');
    assert.equal(report.entriesChecked, ENTRIES);
  });

  it('stops when every caller left', async () => {
    const first = new AbortController();
    const second = new AbortController();
    let pauses = 0;
    const betweenBatches = async () => {
      pauses += 1;
      first.abort();
      second.abort();
    };
    const results = [
      verifyStoredLogOnce(vault, { signal: first.signal, betweenBatches }),
      verifyStoredLogOnce(vault, { signal: second.signal }),
    ];
    for (const result of results) await assert.rejects(result, isAbortError);
    // A verification that went on would reach its second pause while a whole new one runs.
    assert.equal((await verifyStoredLog(vault)).status, 'intact');
    assert.equal(pauses, 1);
  });

  it('starts anew after every caller left', async () => {
    await assert.rejects(verifyStoredLogOnce(vault, { signal: AbortSignal.abort() }), isAbortError);
    const report = await verifyStoredLogOnce(vault);
    assert.equal(report.status, 'intact');
    assert.equal(report.entriesChecked, ENTRIES);
  });
});
