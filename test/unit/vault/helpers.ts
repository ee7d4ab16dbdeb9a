import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../src/messaging/protocol';
import { Vault } from '../../../src/vault/vault';

export const TEST_POLICY = { minIterations: 1000 };
export const TEST_ITERATIONS = 1000;
export const PASSPHRASE = 'correct horse battery';

/** The shared sample CVs, four levels above this folder. */
export const SAMPLE_CV_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/cv');

export function uniqueDbName(): string {
  return `meritvalv-test-${crypto.randomUUID()}`;
}

export function newVault(name = uniqueDbName()): Vault {
  return new Vault({ name, kdfPolicy: TEST_POLICY });
}

export async function rejectsWithCode(promise: Promise<unknown>, code: string, params?: string[]): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AppError, `expected AppError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (params) assert.deepEqual(error.params?.slice(0, params.length), params);
    return true;
  });
}

export function throwsWithCode(run: () => unknown, code: string, params?: string[]): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof AppError, `expected AppError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (params) assert.deepEqual(error.params?.slice(0, params.length), params);
    return true;
  });
}
