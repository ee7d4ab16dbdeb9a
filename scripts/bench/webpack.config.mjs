// The benchmark build: the test variant of the extension (granted http://127.0.0.1 up front) with
// one extra module in the background bundle, scripts/bench/sw-hook.ts, which seeds a large
// disclosure log and times log writes inside the service worker. Everything else is the product's
// own webpack configuration, unchanged. Output: dist-bench/, or the directory `--env benchOut=DIR` names.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import productConfig from '../../webpack.config.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export default (env = {}, argv = {}) => {
  const config = productConfig({ ...env, test: true, out: env.benchOut ?? path.join(REPO_ROOT, 'dist-bench') }, argv);
  // Both modules go into one bundle, so the hook shares the background's session and log modules.
  config.entry = {
    ...config.entry,
    background: [config.entry.background, './scripts/bench/sw-hook.ts'],
  };
  return config;
};
