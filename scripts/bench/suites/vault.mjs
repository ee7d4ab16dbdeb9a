// The vault: unlock at the configured key-derivation strength, saving the CV, and storing 5 MiB
// of documents, each beside the raw WebCrypto work it rests on, run in the service worker.
import crypto from 'node:crypto';
import { showOptionsTab } from '../../lib/extension.mjs';
import { repeat, request, runSuite, timedRequest } from '../harness.mjs';

const DOCUMENT_BYTES = 5 * 1024 * 1024;

async function benchUnlock(env) {
  const page = env.controlPage;
  const { kdfIterations } = await request(page, 'settings.get');
  const samples = await repeat(async () => {
    await request(page, 'vault.lock');
    return (await timedRequest(page, 'vault.unlock', { passphrase: env.passphrase })).ms;
  }, { runs: env.runs });
  const worker = await env.browser.worker();
  const raw = await worker.evaluate(async ({ iterations, runs }) => {
    const times = [];
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('a passphrase for the benchmark'), 'PBKDF2', false, ['deriveBits']);
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
      times.push(performance.now() - started);
    }
    return times;
  }, { iterations: kdfIterations, runs: env.runs });
  env.recorder.record('vault.unlock', {
    samples,
    baseline: { label: `raw PBKDF2-SHA256, ${kdfIterations.toLocaleString('en')} iterations, in the service worker`, samples: raw },
    details: { kdfIterations },
    note: `PBKDF2-SHA256 at ${kdfIterations.toLocaleString('en')} iterations (the configured strength), then unwrapping the data key and starting the session.`,
  });
}

/** Entries each non-empty JSON Resume list is grown to, so the saved CV is a full one. */
const FULL_CV_ENTRIES = 8;

/**
 * Returns the CV with every non-empty list of the resume grown to FULL_CV_ENTRIES entries by
 * repeating its entries: a long career's CV, built from the imported sample.
 */
function fullCv(cv) {
  const resume = { ...cv.resume };
  for (const [key, value] of Object.entries(resume)) {
    if (!Array.isArray(value) || value.length === 0) continue;
    resume[key] = Array.from({ length: Math.max(FULL_CV_ENTRIES, value.length) }, (_, index) => value[index % value.length]);
  }
  return { ...cv, resume };
}

async function benchCvSave(env) {
  const page = env.controlPage;
  const cv = fullCv(await request(page, 'cv.get'));
  const json = JSON.stringify(cv);
  const samples = await repeat(async () => (await timedRequest(page, 'cv.save', { cv })).ms, { runs: env.runs });
  const worker = await env.browser.worker();
  const base64 = Buffer.from(json, 'utf8').toString('base64');
  const raw = await worker.evaluate(async ({ base64, runs }) => {
    const times = [];
    for (let run = 0; run < runs; run += 1) times.push(await globalThis.meritvalvBench.timeRawAesGcm(base64, 100));
    return times;
  }, { base64, runs: env.runs });
  env.recorder.record('vault.cvSave', {
    samples,
    baseline: { label: 'raw AES-256-GCM of the CV JSON with the data key, mean of 100 encryptions per run', samples: raw },
    details: { cvJsonBytes: Buffer.byteLength(json) },
    note: `The CV imported from the sample JSON Resume file, every non-empty list grown to ${FULL_CV_ENTRIES} entries (${Buffer.byteLength(json).toLocaleString('en')} bytes of JSON): validation, encryption and one IndexedDB put.`,
  });
}

/**
 * Attaches `window.benchDocument` in the options page's Documents tab as a person does, and times
 * it in the page from the file input's change event to the new row in the list. Runs in the page.
 */
async function attachInDocumentsTab() {
  const known = new Set([...document.querySelectorAll('tr[data-document-id]')].map((row) => row.dataset.documentId));
  const input = document.querySelector('#document-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([window.benchDocument], 'portfolio.pdf', { type: 'application/pdf' }));
  input.files = transfer.files;
  const started = performance.now();
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const id = await new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const row = [...document.querySelectorAll('tr[data-document-id]')].find((candidate) => !known.has(candidate.dataset.documentId));
      const error = document.querySelector('#error');
      if (row) resolve(row.dataset.documentId);
      else if (error) reject(new Error(`Attaching the document failed: ${error.textContent}`));
      else return;
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return { ms: performance.now() - started, id };
}

async function benchDocuments(env) {
  const page = env.controlPage;
  const base64 = crypto.randomBytes(DOCUMENT_BYTES).toString('base64');
  await showOptionsTab(page, 'documents');
  await page.evaluate((text) => {
    window.benchDocument = Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  }, base64);
  const samples = await repeat(async () => {
    const { ms, id } = await page.evaluate(attachInDocumentsTab);
    await request(page, 'documents.remove', { id });
    return ms;
  }, { runs: env.runs });
  await page.evaluate(() => {
    delete window.benchDocument;
  });
  await showOptionsTab(page, 'cv');

  const worker = await env.browser.worker();
  const raw = await worker.evaluate(async ({ base64, runs }) => {
    const times = [];
    for (let run = 0; run < runs; run += 1) times.push(await globalThis.meritvalvBench.timeRawAesGcm(base64));
    return times;
  }, { base64, runs: env.runs });
  env.recorder.record('vault.documents5MiB', {
    samples,
    baseline: { label: 'raw AES-256-GCM of the same 5 MiB with the data key, in the service worker', samples: raw },
    note: 'One 5 MiB document attached in the options page\'s Documents tab, timed in the page from the file input\'s change event to the new row: reading the file, documents.add (the bytes posted to the service worker, encryption and the IndexedDB write) and the list\'s reload. Removed after each run.',
  });

  const inWorker = await worker.evaluate(async ({ size, runs }) => {
    const results = [];
    for (let run = 0; run < runs + 1; run += 1) results.push(await globalThis.meritvalvBench.timeDocument(size));
    return results.slice(1);
  }, { size: DOCUMENT_BYTES, runs: env.runs });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rawAesGcm = median(inWorker.map((result) => result.rawAesGcmMs));
  env.recorder.record('vault.documents5MiBWorker', {
    samples: inWorker.map((result) => result.addDocumentMs),
    baseline: {
      label: 'raw AES-256-GCM of the same bytes with the data key, then one raw IndexedDB put of the ciphertext (to its commit)',
      samples: inWorker.map((result) => result.rawAesGcmPutMs),
    },
    details: { rawAesGcmMs: inWorker.map((result) => result.rawAesGcmMs) },
    note: `UnlockedVault.addDocument called inside the service worker on the same random bytes: no message. Raw AES-256-GCM alone: median ${rawAesGcm.toFixed(1)} ms, so addDocument is ${(median(inWorker.map((result) => result.addDocumentMs)) / rawAesGcm).toFixed(1)} times the encryption alone, because the IndexedDB write of 5 MiB costs several times the encryption.`,
  });
  env.recorder.record('vault.documents5MiBSeal', {
    samples: inWorker.map((result) => result.sealMs),
    baseline: { label: 'raw AES-256-GCM of the same bytes with the data key, in the service worker', samples: inWorker.map((result) => result.rawAesGcmMs) },
    note: 'The encryption step of addDocument alone: UnlockedVault.seal on the same bytes with the document\'s additional data, inside the service worker.',
  });
}

export const VAULT_IDS = ['vault.unlock', 'vault.cvSave', 'vault.documents5MiB', 'vault.documents5MiBWorker', 'vault.documents5MiBSeal'];

export async function benchVault(env) {
  await runSuite('unlock', env.recorder, ['vault.unlock'], () => benchUnlock(env));
  await runSuite('CV save', env.recorder, ['vault.cvSave'], () => benchCvSave(env));
  await runSuite('documents', env.recorder, ['vault.documents5MiB', 'vault.documents5MiBWorker', 'vault.documents5MiBSeal'], () => benchDocuments(env));
}
