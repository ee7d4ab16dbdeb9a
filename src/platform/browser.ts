// The one module that imports webextension-polyfill. Everything else takes `browser` from here,
// so the polyfill can be dropped in one place once every target browser ships `browser.*`.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
