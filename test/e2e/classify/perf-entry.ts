import { discoverFields } from '../../../src/autofill/discovery';
(globalThis as any).__perf = () => {
  let t = performance.now(); discoverFields(document, { isVisible: () => true }); const novis = performance.now() - t;
  t = performance.now(); const n = discoverFields(document).length; const full = performance.now() - t;
  return { n, novis: Math.round(novis), full: Math.round(full) };
};
