// Writes a JSON document in pieces, for exports too large to build as one object or one string.
// The text is exactly what JSON.stringify(value, null, 2) returns for the same value, so a
// streamed export is byte for byte the file that the whole-object export wrote. The parts that
// are read while the text is written are marked with StreamedObject and StreamedArray.

const INDENT = '  ';

/** An object written member by member, so that a member can be a StreamedArray. */
export class StreamedObject {
  constructor(readonly members: object) {}
}

/** An array whose items arrive in batches while the document is written. */
export class StreamedArray {
  constructor(readonly batches: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>) {}
}

function isStreamed(value: unknown): value is StreamedObject | StreamedArray {
  return value instanceof StreamedObject || value instanceof StreamedArray;
}

function indentOf(depth: number): string {
  return INDENT.repeat(depth);
}

/**
 * Returns JSON.stringify(value, null, 2) as it reads at `depth` levels of indentation, or
 * undefined where JSON.stringify returns undefined (an undefined value, a function, a symbol).
 * Every line break in that output is structural, because JSON.stringify escapes line breaks in
 * strings, so indenting each line after the first shifts the whole value.
 */
function stringifyAt(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, INDENT.length) as string | undefined;
  if (text === undefined || depth === 0) return text;
  return text.replaceAll('\n', `\n${indentOf(depth)}`);
}

/** The offsets that cut a run of items out of JSON.stringify's text of the run nested `depth` deep. */
const runCuts = new Map<number, { start: number; end: number }>();

function nest(items: readonly unknown[], depth: number): unknown {
  let value: unknown = items;
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

/**
 * Returns the items of a run as they read inside an array at `depth`: each item indented one
 * level deeper, separated by commas and line breaks. JSON.stringify indents the run itself when
 * the run sits inside `depth` arrays of one item each, which is much faster than indenting each
 * line afterwards. Items JSON.stringify cannot write become null, as in any array.
 */
function stringifyRun(items: readonly unknown[], depth: number): string {
  let cuts = runCuts.get(depth);
  if (!cuts) {
    const probe = JSON.stringify(nest([0], depth), null, INDENT.length);
    const start = probe.indexOf('0');
    cuts = { start, end: probe.length - start - 1 };
    runCuts.set(depth, cuts);
  }
  const text = JSON.stringify(nest(items, depth), null, INDENT.length);
  return text.slice(cuts.start, text.length - cuts.end);
}

async function* writeObject(members: object, depth: number): AsyncGenerator<string> {
  const inner = `\n${indentOf(depth + 1)}`;
  let opened = false;
  for (const [key, value] of Object.entries(members)) {
    const text = isStreamed(value) ? '' : stringifyAt(value, depth + 1);
    // JSON.stringify leaves out members whose value it cannot write.
    if (text === undefined) continue;
    yield `${opened ? ',' : '{'}${inner}${JSON.stringify(key)}: ${text}`;
    opened = true;
    if (isStreamed(value)) yield* writeValue(value, depth + 1);
  }
  yield opened ? `\n${indentOf(depth)}}` : '{}';
}

async function* writeArray(batches: StreamedArray['batches'], depth: number): AsyncGenerator<string> {
  const inner = `\n${indentOf(depth + 1)}`;
  let opened = false;
  for await (const batch of batches) {
    let runStart = 0;
    for (let index = 0; index <= batch.length; index += 1) {
      const item = batch[index];
      if (index < batch.length && !isStreamed(item)) continue;
      if (index > runStart) {
        yield `${opened ? ',' : '['}${inner}${stringifyRun(batch.slice(runStart, index), depth)}`;
        opened = true;
      }
      if (index < batch.length) {
        yield `${opened ? ',' : '['}${inner}`;
        opened = true;
        yield* writeValue(item, depth + 1);
      }
      runStart = index + 1;
    }
  }
  yield opened ? `\n${indentOf(depth)}]` : '[]';
}

async function* writeValue(value: unknown, depth: number): AsyncGenerator<string> {
  if (value instanceof StreamedObject) yield* writeObject(value.members, depth);
  else if (value instanceof StreamedArray) yield* writeArray(value.batches, depth);
  else yield stringifyAt(value, depth) ?? 'null';
}

/**
 * Yields the text of `value` in pieces: JSON.stringify(value, null, 2) followed by a line break,
 * the form of every export file, with each StreamedObject and StreamedArray written as the plain
 * object or array it stands for. Streamed arrays are read as the text reaches them.
 */
export async function* writeJsonText(value: unknown): AsyncGenerator<string> {
  yield* writeValue(value, 0);
  yield '\n';
}

/** Groups the items of `items` into arrays of `size`, the batches that a StreamedArray reads. */
export async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Returns the pieces joined into one text. */
export async function joinPieces(pieces: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const piece of pieces) parts.push(piece);
  return parts.join('');
}
