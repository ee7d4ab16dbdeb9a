// A file that the page fetches from the background in chunks of text. The chunks are cut from
// the file's text while it is produced, so the page can fetch the first chunks while later parts
// are still being read and formatted. Production runs at most a few chunks ahead of the page,
// which bounds the memory a large export takes in the background.
import { AppError } from '../messaging/protocol';
import { CHUNK_CHARS } from './limits';
import type { TransferChunk } from './wire';

/** The maximum number of chunks that wait for the page's requests. Production pauses at this number. */
const CHUNKS_AHEAD = 2;

/**
 * A file's text in pieces of any length, produced on demand. Progress is `progress()`, the share
 * of the work done so far from 0 to 1, or the share of `totalChars` already cut into chunks.
 */
export type DownloadSource =
  | { pieces: AsyncIterable<string>; progress(): number }
  | { pieces: AsyncIterable<string>; totalChars: number };

async function* onePiece(text: string): AsyncGenerator<string> {
  yield text;
}

/** Returns a source for a text that already exists whole. */
export function textSource(text: string): DownloadSource {
  return { pieces: onePiece(text), totalChars: text.length };
}

/** Returns where to cut `text` at most `size` characters in, never between the halves of a surrogate pair. */
function cutPosition(text: string, size: number): number {
  const code = text.charCodeAt(size - 1);
  return code >= 0xd800 && code <= 0xdbff ? size - 1 : size;
}

interface CutChunk {
  text: string;
  last: boolean;
}

/**
 * Joins and cuts `pieces` into chunks of at most `size` characters, each but the last at least
 * `size - 1` long. The last chunk is known as such, because a chunk is cut only while more
 * than `size` characters wait. An empty text is one empty chunk.
 */
export async function* cutChunks(pieces: AsyncIterable<string>, size: number = CHUNK_CHARS): AsyncGenerator<CutChunk> {
  let waiting: string[] = [];
  let length = 0;
  for await (const piece of pieces) {
    waiting.push(piece);
    length += piece.length;
    if (length <= size) continue;
    let text = waiting.join('');
    while (text.length > size) {
      const cut = cutPosition(text, size);
      yield { text: text.slice(0, cut), last: false };
      text = text.slice(cut);
    }
    waiting = [text];
    length = text.length;
  }
  yield { text: waiting.join(''), last: true };
}

/**
 * One download: chunks are produced in order, up to CHUNKS_AHEAD before the page requests them,
 * and each is handed out once. A failure while producing is raised to the next request.
 */
export class StreamedDownload {
  private readonly chunks: AsyncGenerator<CutChunk>;
  private readonly ready: TransferChunk[] = [];
  private nextIndex = 0;
  private finished = false;
  private failure: unknown = null;
  private producing: Promise<void> | null = null;
  private charsCut = 0;

  constructor(private readonly source: DownloadSource) {
    this.chunks = cutChunks(source.pieces);
    this.produce();
  }

  /** Returns chunk `index` once it is produced. The page requests the chunks in order, each once. */
  async take(index: number): Promise<TransferChunk> {
    if (index !== this.nextIndex) {
      throw new AppError('invalidRequest', `Expected a request for chunk ${this.nextIndex}, got ${index}`);
    }
    while (this.ready.length === 0 && this.failure === null && !this.finished) await this.produce();
    // Chunks cut before a failure still go out, and the failure reaches the request after them.
    const chunk = this.ready.shift();
    if (!chunk) {
      if (this.failure !== null) throw this.failure;
      throw new AppError('invalidRequest', `The download has no chunk ${index}`);
    }
    this.nextIndex += 1;
    this.produce();
    return chunk;
  }

  /** Stops production, as when the download expires or the vault locks. */
  cancel(): void {
    this.finished = true;
    this.ready.length = 0;
    this.failure ??= new AppError('previewExpired', 'The download was cancelled: it expired or the vault was locked');
    void this.chunks.return(undefined).catch(() => undefined);
  }

  /** Starts producing when fewer than CHUNKS_AHEAD chunks wait, and returns the running production. */
  private produce(): Promise<void> {
    if (!this.producing && !this.finished && this.failure === null && this.ready.length < CHUNKS_AHEAD) {
      this.producing = this.produceOne().finally(() => {
        this.producing = null;
        this.produce();
      });
    }
    return this.producing ?? Promise.resolve();
  }

  private progress(): number {
    const share = 'progress' in this.source ? this.source.progress() : this.charsCut / this.source.totalChars;
    return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  }

  private async produceOne(): Promise<void> {
    try {
      const next = await this.chunks.next();
      if (this.finished) return;
      if (next.done) {
        this.finished = true;
        return;
      }
      const { text, last } = next.value;
      this.charsCut += text.length;
      this.ready.push({ text, last, progress: last ? 1 : this.progress() });
      if (last) this.finished = true;
    } catch (error) {
      this.failure = error;
    }
  }
}
