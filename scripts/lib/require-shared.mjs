// Loaded by mocha before the unit test files (see .mocharc.json): several of them read the sample
// CVs and the corpus while loading, so without the folder mocha would stop on a raw ENOENT.
import fs from 'node:fs';
import { SHARED_DIR, SHARED_MISSING_MESSAGE } from './paths.mjs';

if (!fs.existsSync(SHARED_DIR)) {
  console.error(SHARED_MISSING_MESSAGE);
  process.exit(1);
}
