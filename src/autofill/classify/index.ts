export { classifyField, isUnrelatedForm, CONFIDENCE_THRESHOLD, type Classification } from './classify';
export { emptySignals, type FieldSignals } from './signals';
export { compileLexicons, defaultLexicon, installLexicons, type CompiledLexicon } from './lexicon';
