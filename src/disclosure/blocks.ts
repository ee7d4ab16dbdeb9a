// Sealed blocks of log entries. The entries one fill gives one recipient are sealed together in
// one row, so reading the log opens one ciphertext per fill instead of one per field. Inside a
// block each entry after the first keeps only what differs from the entry before it: the chain
// position, the previous hash and the page's details follow from that entry. The index rows in
// `disclosures` (one per entry) name the block that holds each entry.
import type { StoredEntry } from './chain';
import type { BlockRow, DisclosureRow, LogVault } from './store';

/** The maximum number of entries sealed in one block. */
export const MAX_BLOCK_ENTRIES = 64;

export const BLOCK_FORMAT = 'entries/v1';

/** A block's plaintext: the first entry whole, then each entry as its difference from the one before. */
export interface PackedBlock {
  format: typeof BLOCK_FORMAT;
  entries: Record<string, unknown>[];
  /** Per packed entry after the first, the fields that entry does not have although the one before did. */
  absent?: Record<number, string[]>;
}

/** Returns the value an entry's field takes when the packed entry leaves it out. */
function predicted(previous: StoredEntry, key: string): unknown {
  if (key === 'seq') return previous.seq + 1;
  if (key === 'prev') return previous.hash;
  return (previous as unknown as Record<string, unknown>)[key];
}

export function packEntries(entries: StoredEntry[]): PackedBlock {
  const packed: PackedBlock = { format: BLOCK_FORMAT, entries: [] };
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    if (!previous) {
      packed.entries.push({ ...entry });
      return;
    }
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entry)) {
      if (value !== predicted(previous, key)) fields[key] = value;
    }
    const absent = Object.keys(previous).filter((key) => !(key in entry) && key !== 'seq' && key !== 'prev');
    if (absent.length > 0) (packed.absent ??= {})[index] = absent;
    packed.entries.push(fields);
  });
  return packed;
}

/** Thrown when a block's plaintext is neither a packed block nor a single entry. */
export class BlockFormatError extends Error {
  constructor() {
    super('A sealed block of log entries has an unknown format');
    this.name = 'BlockFormatError';
  }
}

/**
 * Returns the entries of a block's plaintext. A single stored entry (the layout before blocks,
 * carried over by the schema upgrade) is a block of one.
 */
export function unpackBlock(value: unknown): StoredEntry[] {
  if (typeof value !== 'object' || value === null) throw new BlockFormatError();
  const block = value as Partial<PackedBlock> & { seq?: unknown };
  if (block.format !== BLOCK_FORMAT) {
    if (typeof block.seq !== 'number') throw new BlockFormatError();
    return [value as StoredEntry];
  }
  if (!Array.isArray(block.entries)) throw new BlockFormatError();
  const entries: StoredEntry[] = [];
  block.entries.forEach((fields, index) => {
    const previous = entries[index - 1];
    if (!previous) {
      entries.push(fields as unknown as StoredEntry);
      return;
    }
    const entry: Record<string, unknown> = { ...previous, seq: previous.seq + 1, prev: previous.hash, ...fields };
    for (const key of block.absent?.[index] ?? []) delete entry[key];
    entries.push(entry as unknown as StoredEntry);
  });
  return entries;
}

/** Splits entries in chain order into blocks: consecutive entries of one application and frame. */
export function groupIntoBlocks(entries: StoredEntry[]): StoredEntry[][] {
  const blocks: StoredEntry[][] = [];
  let current: StoredEntry[] = [];
  for (const entry of entries) {
    const first = current[0];
    const joins =
      first !== undefined &&
      current.length < MAX_BLOCK_ENTRIES &&
      first.applicationId === entry.applicationId &&
      first.frameOrigin === entry.frameOrigin;
    if (!joins && current.length > 0) {
      blocks.push(current);
      current = [];
    }
    current.push(entry);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Returns the additional data a block is sealed with, so a block moved to another id fails to open. */
export function blockAad(id: number): string {
  return `disclosureBlocks/${id}`;
}

/** Seals entries as one block; a block's id is its first entry's position when written. */
export async function sealBlock(vault: LogVault, id: number, entries: StoredEntry[]): Promise<BlockRow> {
  return { id, sealed: await vault.sealJson(packEntries(entries), blockAad(id)) };
}

/** Thrown when a stored block does not decrypt or unpack: its bytes, its id or its format changed. */
export class SealedBlockError extends Error {
  constructor(
    readonly blockId: number,
    cause: unknown,
  ) {
    super(`The sealed block of log entries ${blockId} does not open`, { cause });
    this.name = 'SealedBlockError';
  }
}

async function openBlockRow(vault: LogVault, row: BlockRow): Promise<StoredEntry[]> {
  try {
    return unpackBlock(await vault.openJson(row.sealed, row.legacy ? undefined : blockAad(row.id)));
  } catch (error) {
    throw new SealedBlockError(row.id, error);
  }
}

/**
 * Returns the index rows and sealed blocks for entries in chain order. `hashOf` computes the
 * keyed hashes of origins and meanings.
 */
export async function sealEntries(
  vault: LogVault,
  entries: StoredEntry[],
  hashOf: (text: string) => Promise<string>,
): Promise<{ rows: DisclosureRow[]; blocks: BlockRow[] }> {
  const groups = groupIntoBlocks(entries);
  const blocks = await Promise.all(groups.map((group) => sealBlock(vault, (group[0] as StoredEntry).seq, group)));
  const rows = await Promise.all(
    groups.flatMap((group) =>
      group.map(async (entry): Promise<DisclosureRow> => ({
        id: entry.seq,
        recipientHash: await hashOf(entry.frameOrigin),
        meaningHash: await hashOf(entry.meaning),
        applicationId: entry.applicationId,
        time: Date.parse(entry.time),
        block: (group[0] as StoredEntry).seq,
      })),
    ),
  );
  return { rows, blocks };
}

/** Opens block rows and returns their entries by position. */
export async function openBlockRows(vault: LogVault, rows: BlockRow[]): Promise<Map<number, StoredEntry>> {
  const opened = await Promise.all(rows.map((row) => openBlockRow(vault, row)));
  const bySeq = new Map<number, StoredEntry>();
  for (const entries of opened) for (const entry of entries) bySeq.set(entry.seq, entry);
  return bySeq;
}

/** Opens blocks by id and returns their entries by position. Blocks that are gone are skipped. */
export async function openBlocks(vault: LogVault, blockIds: Iterable<number>): Promise<Map<number, StoredEntry>> {
  const rows = await vault.db.disclosureBlocks.bulkGet([...new Set(blockIds)]);
  return openBlockRows(vault, rows.filter((row): row is BlockRow => row !== undefined));
}

/** Opens the entries of index rows, in the rows' order. A row whose entry is not in its block is skipped. */
export async function openEntries(vault: LogVault, rows: DisclosureRow[]): Promise<StoredEntry[]> {
  const bySeq = await openBlocks(vault, rows.map((row) => row.block));
  return rows.map((row) => bySeq.get(row.id as number)).filter((entry): entry is StoredEntry => entry !== undefined);
}
