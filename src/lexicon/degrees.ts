// Degree levels: words for a degree in Swedish and English, ranked so that an option of the same
// level can be chosen. Longer phrases are listed before the words they contain.

export const DEGREE_LEVELS: [string, number][] = [
  ['high school', 1], ['gymnasieexamen', 1], ['gymnasium', 1], ['secondary', 1], ['gymnasie', 1],
  ['some college', 2], ['yrkeshögskoleexamen', 2], ['yrkeshögskola', 2], ['vocational', 2],
  ["associate's", 2], ['associate', 2], ['högskoleexamen', 2], ['diploma', 2],
  ['kandidatexamen', 3], ['kandidat', 3], ["bachelor's", 3], ['bachelor', 3], ['bsc', 3], ['ba', 3],
  ['b.sc', 3], ['högskoleingenjör', 3], ['undergraduate', 3],
  ['masterexamen', 4], ['magisterexamen', 4], ['magister', 4], ['civilingenjör', 4],
  ["master's", 4], ['master', 4], ['msc', 4], ['m.sc', 4], ['mba', 4], ['graduate', 4],
  ['licentiatexamen', 5], ['licentiat', 5], ['doktorsexamen', 5], ['doctorate', 5], ['doctor', 5],
  ['phd', 5], ['ph.d', 5], ['doktor', 5],
];
