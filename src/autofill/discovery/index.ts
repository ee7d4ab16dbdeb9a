// Field discovery for the content script: DOM only, no storage, keys or extension APIs.
export { discoverFields, scanFields, type DiscoverOptions, type ScannedField, type SkipReason } from './discover';
export { extractPageContext, type PageContext } from './page-context';
export { listChildFrameOrigins } from './frames';
export { watchFieldChanges } from './watch';
export { startUserInputTracking, markUserInput } from './user-input';
export { isVisible } from './visibility';
export { findFileTrigger } from './trigger';
export { readShadowRoot, type ShadowRootReader } from './shadow';
export { fieldIdOf } from './ids';
