// Loaded before every unit test file: classification needs the bundled word lists installed.
import '../../src/autofill/classify/bundled-lexicon';
