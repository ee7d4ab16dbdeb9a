import assert from 'node:assert/strict';
import type { Runtime } from 'webextension-polyfill';
import { requestsAnswered, trackRequest } from '../../../src/messaging/in-flight';
import { createListener, type HandlerTable } from '../../../src/messaging/router';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((settle, fail) => {
    resolve = settle;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** Returns whether `promise` settled within a few turns of the event loop. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

const NO_LIMIT_MS = 60_000;

describe('requests in flight', () => {
  it('resolves at once with none in flight', async () => {
    assert.equal(await settledSoon(requestsAnswered(NO_LIMIT_MS)), true);
  });

  it('waits for a tracked request', async () => {
    const reply = deferred();
    const tracked = trackRequest('log.overview', reply.promise);
    const answered = requestsAnswered(NO_LIMIT_MS);
    assert.equal(await settledSoon(answered), false);
    reply.resolve();
    await tracked;
    assert.equal(await settledSoon(answered), true);
  });

  it('counts a failed request as answered', async () => {
    const reply = deferred();
    const tracked = trackRequest('log.overview', reply.promise);
    const answered = requestsAnswered(NO_LIMIT_MS);
    reply.reject(new Error('failed'));
    await assert.rejects(tracked, /failed/);
    assert.equal(await settledSoon(answered), true);
  });

  it('ignores the excepted types', async () => {
    const verification = deferred();
    const tracked = trackRequest('log.verify', verification.promise);
    assert.equal(await settledSoon(requestsAnswered(NO_LIMIT_MS, new Set(['log.verify']))), true);
    const unexcepted = requestsAnswered(NO_LIMIT_MS);
    assert.equal(await settledSoon(unexcepted), false);
    verification.resolve();
    await tracked;
    assert.equal(await settledSoon(unexcepted), true);
  });

  it('stops waiting after the limit', async () => {
    const reply = deferred();
    const tracked = trackRequest('log.export', reply.promise);
    await requestsAnswered(1);
    reply.resolve();
    await tracked;
  });

  it('tracks what the listener answers', async () => {
    const reply = deferred();
    const handlers: HandlerTable<'log.overview'> = {
      'log.overview': async () => {
        await reply.promise;
        return { total: 0, recipients: [], fields: [], chart: { months: [], series: [] } };
      },
    };
    const listener = createListener(handlers, () => true);
    const answering = listener({ type: 'log.overview' }, { id: 'test' } as Runtime.MessageSender);
    const answered = requestsAnswered(NO_LIMIT_MS);
    assert.equal(await settledSoon(answered), false);
    reply.resolve();
    await answering;
    assert.equal(await settledSoon(answered), true);
  });
});
