// This device's disclosure log as a streamed export: the log export document, written while its
// entries are read from the vault in batches, so neither the whole log nor its whole text has to
// be held in memory.
import type { StoredEntry } from '../disclosure/chain';
import { openLogExport } from '../disclosure/export';
import { settledLogWrites, withLogLock, type LogVault } from '../disclosure/store';
import { StreamedArray, StreamedObject, inBatches } from './json/pretty-stream';
import { AppError } from '../messaging/protocol';

/**
 * Entries that JSON.stringify writes in one call. A thousand entries make about 750 KB of text
 * (75.5 MB for the 100,000 entries that the benchmark seeds), small next to a download chunk.
 */
const ENTRIES_PER_BATCH = 1000;

export interface StreamedLog {
  /** The log export document, for writeJsonText. */
  document: StreamedObject;
  /** The entries present when the export began. */
  entryCount: number;
  /** False when the log has neither entries nor a signed head, so a vault export leaves it out. */
  hasContent: boolean;
  /** Returns how many entries were written so far. */
  written(): number;
}

/**
 * Opens this device's log for a streamed export. `onEntries` receives the size of each batch of
 * entries as it is read. The deletion records and the head are read before the entries, so a
 * deletion or an import meanwhile would make a file that fails verification. The export then
 * ends with AppError('logChanged') instead, before the page saves anything.
 */
export async function openStreamedLog(
  vault: LogVault,
  now: Date,
  onEntries: (count: number) => void = () => undefined,
): Promise<StreamedLog> {
  // Inside the log lock no fill, deletion or key rotation runs, so the head, the records and the
  // entry count agree with each other.
  const { source, entryCount } = await withLogLock(async () => ({
    source: await openLogExport(vault, now),
    entryCount: await vault.db.disclosures.count(),
  }));
  const writes = settledLogWrites();
  const headLength = source.head?.length ?? Infinity;
  let written = 0;

  async function* entries(): AsyncGenerator<StoredEntry> {
    for await (const entry of source.entries) {
      // A fill since the head was read appends past it. The export ends at that head, so the
      // file verifies. Entries past the head that were there before (unsigned) are kept.
      if (entry.seq > headLength && (writes === null || settledLogWrites() !== writes)) break;
      written += 1;
      yield entry;
    }
    // Appends are left out above, so any other difference is a deletion or an import.
    if (written !== entryCount) {
      throw new AppError('logChanged', `The log changed during the export: ${written} of ${entryCount} entries were read`);
    }
  }

  async function* batches(): AsyncGenerator<StoredEntry[]> {
    for await (const batch of inBatches(entries(), ENTRIES_PER_BATCH)) {
      onEntries(batch.length);
      yield batch;
    }
  }

  return {
    document: new StreamedObject({ ...source, entries: new StreamedArray(batches()) }),
    entryCount,
    hasContent: entryCount > 0 || source.head !== null,
    written: () => written,
  };
}
