// Installs every bundled language's word lists as the default lexicon. For contexts that carry
// the lists themselves (tests, the accuracy harness); the content script gets them from the
// background instead.
import { LABEL_LEXICONS } from '../../lexicon/labels';
import { installLexicons } from './lexicon';

installLexicons(LABEL_LEXICONS);
