// Scores unit results: precision over proposals, recall over meaningful questions.
import type { UnitResult } from './page-check';

export interface PageScore {
  page: string;
  proposals: number;
  correct: number;
  wrong: number;
  /** Proposals for a control annotated `none`. */
  forbidden: number;
  missed: number;
  meaningful: number;
  /** Correct meaning but a different part. */
  wrongPart: number;
}

export function isCorrect(result: UnitResult): boolean {
  const entryMatches = result.expectEntry == null || result.expectEntry === result.gotEntry;
  return result.got === result.expect && (result.gotPart ?? null) === (result.expectPart ?? null) && entryMatches;
}

export function scorePage(page: string, results: readonly UnitResult[]): PageScore {
  const score: PageScore = { page, proposals: 0, correct: 0, wrong: 0, forbidden: 0, missed: 0, meaningful: 0, wrongPart: 0 };
  for (const result of results) {
    if (result.expect !== 'none') score.meaningful += 1;
    if (result.got === null) {
      if (result.expect !== 'none') score.missed += 1;
      continue;
    }
    score.proposals += 1;
    if (isCorrect(result)) score.correct += 1;
    else {
      score.wrong += 1;
      if (result.expect === 'none') score.forbidden += 1;
      else if (result.got === result.expect) score.wrongPart += 1;
      if (result.expect !== 'none') score.missed += 1;
    }
  }
  return score;
}

export function totals(scores: readonly PageScore[]): PageScore & { precision: number; recall: number } {
  const sum = (key: keyof Omit<PageScore, 'page'>) => scores.reduce((n, s) => n + s[key], 0);
  const total = {
    page: 'total', proposals: sum('proposals'), correct: sum('correct'), wrong: sum('wrong'), forbidden: sum('forbidden'),
    missed: sum('missed'), meaningful: sum('meaningful'), wrongPart: sum('wrongPart'),
  };
  return { ...total, precision: total.proposals ? total.correct / total.proposals : 1, recall: total.meaningful ? total.correct / total.meaningful : 1 };
}

export function formatTable(scores: readonly PageScore[]): string {
  const header = 'page                             proposals correct wrong forbidden missed meaningful  P     R';
  const rows = scores.map((s) => {
    const p = s.proposals ? s.correct / s.proposals : 1;
    const r = s.meaningful ? s.correct / s.meaningful : 1;
    return `${s.page.padEnd(33)}${String(s.proposals).padStart(9)}${String(s.correct).padStart(8)}${String(s.wrong).padStart(6)}${String(s.forbidden).padStart(10)}${String(s.missed).padStart(7)}${String(s.meaningful).padStart(11)}  ${p.toFixed(2)}  ${r.toFixed(2)}`;
  });
  return [header, ...rows].join('\n');
}
