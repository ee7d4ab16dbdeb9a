// Words that open a yes or a no answer in the option texts and values forms use.

export const YES_WORDS = ['yes', 'ja', 'true', 'y', 'j', 'jo', 'yes,', 'ja,'];
export const NO_WORDS = ['no', 'nej', 'false', 'n', 'none', 'not'];

/** Option texts to try, in order, where a widget's options are not known in advance. */
export const YES_TEXTS = ['Yes', 'Ja'];
export const NO_TEXTS = ['No', 'Nej'];
