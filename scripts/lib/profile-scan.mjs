// Searches every file under a browser profile for strings in UTF-8, UTF-16LE and Latin-1, to show
// that no CV text is stored in plain text. A marker stored in plain text on purpose proves that
// the scan can find what is there.
import fs from 'node:fs/promises';
import path from 'node:path';

/** Returns the byte patterns for `text` in each encoding, skipping duplicates (ASCII text). */
export function encodingsOf(text) {
  const patterns = [
    { encoding: 'utf-8', bytes: Buffer.from(text, 'utf8') },
    { encoding: 'utf-16le', bytes: Buffer.from(text, 'utf16le') },
    { encoding: 'latin-1', bytes: Buffer.from(text, 'latin1') },
  ];
  const seen = new Set();
  return patterns.filter(({ bytes }) => {
    const key = bytes.toString('hex');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function* walk(directory) {
  const entries = await fs.readdir(directory, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(entryPath);
    else if (entry.isFile()) yield entryPath;
  }
}

/**
 * Scans every regular file under `root` for each string in `needles`; with `pathIncludes`, only
 * the files whose path below `root` contains it (an extension id picks the extension's storage).
 * Returns { filesScanned, bytesScanned, hits: [{ needle, encoding, file }] }.
 */
export async function scanProfile(root, needles, { pathIncludes } = {}) {
  const patterns = needles.flatMap((needle) => encodingsOf(needle).map((pattern) => ({ needle, ...pattern })));
  const hits = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  for await (const file of walk(root)) {
    if (pathIncludes && !path.relative(root, file).includes(pathIncludes)) continue;
    const content = await fs.readFile(file).catch(() => null);
    if (!content) continue;
    filesScanned += 1;
    bytesScanned += content.length;
    for (const pattern of patterns) {
      if (content.includes(pattern.bytes)) {
        hits.push({ needle: pattern.needle, encoding: pattern.encoding, file: path.relative(root, file) });
      }
    }
  }
  return { filesScanned, bytesScanned, hits };
}
