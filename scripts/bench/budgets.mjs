// The budgets: each benchmark's figure, its unit and the median it must not exceed. `maxRatio`
// bounds the median against the raw platform doing the same work in the same run. Figures without
// `max` are reported for context and have no verdict.

const KIB = 1024;
const MIB = 1024 * 1024;

export const BUDGETS = {
  'autofill.preview60': { title: 'Preview of a 60-field application form (fill.preview)', unit: 'ms', max: 50 },
  'autofill.fill60': { title: 'Fill of the 60-field form (fill.apply, page scripts subtracted)', unit: 'ms', max: 100 },
  'autofill.fill60Total': { title: 'Fill of the 60-field form (fill.apply, as measured)', unit: 'ms' },
  'autofill.preview60Log': { title: 'Preview of the 60-field form with the 100,000-entry log', unit: 'ms', max: 50 },
  'autofill.scan2000': { title: 'Scan and preview of a 2,000-input page (fill.preview)', unit: 'ms', max: 300 },
  'autofill.longTask2000': { title: 'Longest task in the 2,000-input page during a preview', unit: 'ms', max: 200 },
  'vault.unlock': { title: 'Unlock at the configured PBKDF2 strength (vault.unlock)', unit: 'ms', max: 1000 },
  'vault.cvSave': { title: 'Save the full CV (cv.save)', unit: 'ms', max: 20 },
  'vault.documents5MiB': { title: 'Attach and store a 5 MiB document (Documents tab)', unit: 'ms', max: 200 },
  'vault.documents5MiBWorker': { title: 'Same 5 MiB, vault.addDocument inside the service worker', unit: 'ms', maxRatio: 1.3 },
  'vault.documents5MiBSeal': { title: 'Same 5 MiB, the vault\'s encryption alone', unit: 'ms', maxRatio: 1.3 },
  'log.append20': { title: 'Log write of one 20-field fill, 100,000-entry log', unit: 'ms', max: 20 },
  'log.recipientEntries': { title: "One recipient's entries, decrypted (log.list, from a page)", unit: 'ms', max: 20 },
  'log.recipientEntriesWorker': { title: "One recipient's entries, decrypted, inside the service worker", unit: 'ms', max: 20, maxRatio: 1.5 },
  'log.recipientIds': { title: "One recipient's entry ids (log.history, from a page)", unit: 'ms', max: 20 },
  'log.recipientIdsWorker': { title: "One recipient's entry ids, inside the service worker", unit: 'ms', max: 20, maxRatio: 1.5 },
  'log.historyFirstRender': { title: "History's first render (options page)", unit: 'ms', max: 200 },
  'log.overview': { title: "History's overview (log.overview)", unit: 'ms' },
  'log.applicationsList': { title: "History's applications (applications.list)", unit: 'ms' },
  'log.verify': { title: 'Verify the whole log (log.verify)', unit: 'ms', max: 2000 },
  'log.export': { title: 'Export the whole log (log.export, History)', unit: 'ms', max: 3000 },
  'log.exportTransfer': { title: 'Export the whole log (Transfer tab, in chunks)', unit: 'ms', max: 3000 },
  'size.contentScript': { title: 'Content script, minified (content.js)', unit: 'bytes', max: 40 * KIB },
  'size.fillScript': { title: 'Fill code injected on Fill, minified (fill.js)', unit: 'bytes' },
  'ui.popupFirstPaint': { title: "Popup's first contentful paint", unit: 'ms', max: 100 },
  'memory.workerHeap': { title: 'Service worker heap at rest, 100,000-entry log', unit: 'bytes', max: 30 * MIB },
};
