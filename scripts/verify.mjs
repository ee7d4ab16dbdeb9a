// Verifies a consent receipt, a disclosure log export or the logs of a readable whole-vault
// export outside the browser.
// Usage: npm run verify -- FILE [--key FINGERPRINT]...
// Exit status: 0 when every check holds, 1 when the file was altered or signed by an unexpected
// key, 2 when the file cannot be read, is not a kind verify reads (a protected export included)
// or the arguments are wrong.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkDocument } from './verify/check.ts';

const USAGE = 'Usage: npm run verify -- FILE [--key FINGERPRINT]\n' +
  '  FILE             a consent receipt, a disclosure log export or a readable whole-vault export (JSON)\n' +
  '  --key VALUE      the expected signing key: its SHA-256 fingerprint or the public key, hex (repeatable)';

function parse() {
  try {
    return parseArgs({ allowPositionals: true, options: { key: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
}

const { values, positionals } = parse();
if (values.help || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const [file] = positionals;
const keys = (values.key ?? []).map((key) => key.trim().toLowerCase());
const badKey = keys.find((key) => !/^[0-9a-f]{64}$/.test(key));
if (badKey !== undefined) {
  console.error(`Invalid --key ${badKey}: expected 64 hex digits (a SHA-256 fingerprint or an Ed25519 public key)`);
  process.exit(2);
}

let document;
try {
  document = JSON.parse(await readFile(file, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${file}: ${error.message}`);
  process.exit(2);
}

try {
  const result = await checkDocument(document, keys);
  if (result.unsupported) {
    console.error(`${file}: ${result.lines.join('\n')}`);
    console.error('RESULT not checked');
    process.exit(2);
  }
  console.log(`${file}:`);
  for (const line of result.lines) console.log(line);
  console.log(result.ok ? 'RESULT intact' : 'RESULT altered or not trusted');
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  console.error(`${file}: not a valid file: ${error.message}`);
  process.exit(1);
}
