// One run of cancellable work that several callers wait for, such as a verification that two
// History pages requested. The work stops once no caller waits for its result any more.

/**
 * A run of `work` shared by the callers that join it. Each caller may join with an AbortSignal
 * of its own and leaves when that signal aborts. When the last caller has left, the signal that
 * `work` received aborts. A caller that joins without a signal never leaves, so the work then
 * always runs to the end.
 */
export class SharedRun<T> {
  readonly result: Promise<T>;
  private readonly controller = new AbortController();
  private waiters = 0;

  constructor(work: (signal: AbortSignal) => Promise<T>) {
    this.result = work(this.controller.signal);
    // The abort rejects `result`, and once every caller has left, no handler remains for that.
    this.result.catch(() => undefined);
  }

  /** True once every caller has left, so the work is stopping or has stopped. */
  get abandoned(): boolean {
    return this.controller.signal.aborted;
  }

  /**
   * Waits for the result. Rejects with the reason of `signal` when it aborts first, at once when
   * it has already aborted (which stops a run that no other caller joined).
   */
  join(signal?: AbortSignal): Promise<T> {
    if (this.abandoned) throw new Error('Cannot join a run that every caller left. Start a new run instead.');
    if (!signal) {
      this.waiters += 1;
      return this.result;
    }
    if (signal.aborted) {
      if (this.waiters === 0) this.controller.abort(signal.reason);
      return Promise.reject(signal.reason);
    }
    this.waiters += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        this.waiters -= 1;
        if (this.waiters === 0) this.controller.abort(signal.reason);
        reject(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      this.result.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }
}
