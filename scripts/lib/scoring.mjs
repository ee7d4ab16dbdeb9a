// Scoring for the accuracy benchmark: turns the controls a page held before and after one fill,
// the preview rows and the fill report into proposals, misses, forbidden fills, values that did
// not stick and wrong values. Pure functions, so the rules can be read and checked on their own.
import { valueMatchesFacts } from './cv-facts.mjs';

const TEXT_TAGS = new Set(['textarea', 'select']);
const NON_TEXT_INPUT_TYPES = new Set(['checkbox', 'radio', 'file', 'hidden', 'button', 'submit', 'image', 'reset']);

function isTextLike(control) {
  if (TEXT_TAGS.has(control.tag)) return true;
  return control.tag === 'input' && !NON_TEXT_INPUT_TYPES.has(control.type);
}

export function normalizeLabel(text) {
  return (text ?? '')
    .toLocaleLowerCase('sv')
    .normalize('NFC')
    .replace(/[*:()\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Groups controls into questions: a radio, checkbox or button group is one question, every other
 * control is its own. `frames` is [{ frameKey, origin, controls }].
 */
export function buildQuestions(frames) {
  const questions = new Map();
  for (const frame of frames) {
    for (const control of frame.controls) {
      const id = `${frame.frameKey}/${control.groupKey ?? control.benchId}`;
      let question = questions.get(id);
      if (!question) {
        question = {
          id,
          frameKey: frame.frameKey,
          origin: frame.origin,
          key: control.key,
          part: control.part,
          noAutofill: false,
          controls: [],
          labels: new Set(),
          nearby: new Set(),
        };
        questions.set(id, question);
      }
      question.controls.push(control);
      question.noAutofill ||= control.noAutofill;
      for (const label of control.labels) question.labels.add(normalizeLabel(label));
      for (const text of control.nearby ?? []) question.nearby.add(normalizeLabel(text));
    }
  }
  return [...questions.values()];
}

function textScore(wanted, texts, weights) {
  let best = 0;
  for (const text of texts) {
    if (text === wanted) return weights.exact;
    const shorter = Math.min(text.length, wanted.length);
    if (shorter >= 3 && (text.startsWith(wanted) || wanted.startsWith(text))) best = Math.max(best, weights.prefix);
    else if (shorter >= 4 && (text.includes(wanted) || wanted.includes(text))) best = Math.max(best, weights.contains);
  }
  return best;
}

/** Scores how well a row's label names a question: the control's own labels weigh most. */
function labelScore(rowLabel, question) {
  const wanted = normalizeLabel(rowLabel);
  if (!wanted) return 0;
  const own = textScore(wanted, question.labels, { exact: 3, prefix: 2.5, contains: 2 });
  const nearby = textScore(wanted, question.nearby, { exact: 1.8, prefix: 1.5, contains: 1.2 });
  return Math.max(own, nearby);
}

function isRenderedQuestion(question) {
  return question.controls.some((control) => control.rendered || control.type === 'file');
}

/**
 * Matches each preview row to a question: by the field id that a test build writes on the page
 * (data-meritvalv-field-id) when present, else by comparing the row's label with the control's
 * label texts. Ties go to a question whose value the fill changed (for a row reported filled),
 * then to one no row has taken yet, then to a rendered one (a file input counts, as its trigger is
 * what shows), then to document order after the previous row's question. A filled row with no
 * label match goes to a question the fill changed. The row's meaning is never used, so matching cannot flatter the result.
 */
export function matchRows(rows, questions, { changedIds = new Set(), report = new Map() } = {}) {
  const taken = new Set();
  let lastIndex = -1;
  return rows.map((row) => {
    const candidates = questions
      .map((question, index) => ({ question, index }))
      .filter(({ question }) => !row.recipient || question.origin === row.recipient);
    const byHook = row.fieldId && candidates.find(({ question }) => question.controls.some((control) => control.hookFieldId === row.fieldId));
    if (byHook) {
      taken.add(byHook.question.id);
      lastIndex = byHook.index;
      return byHook.question;
    }
    const filled = report.get(row.rowId) === 'filled';
    let best = null;
    for (const candidate of candidates) {
      const score = labelScore(row.label, candidate.question);
      const changedByFill = filled && changedIds.has(candidate.question.id);
      if (score === 0 && !changedByFill) continue;
      const rank = [
        score,
        changedByFill ? 1 : 0,
        taken.has(candidate.question.id) ? 0 : 1,
        isRenderedQuestion(candidate.question) ? 1 : 0,
        candidate.index > lastIndex ? 1 : 0,
        -candidate.index,
      ];
      if (!best || compareRanks(rank, best.rank) > 0) best = { ...candidate, rank };
    }
    if (!best) return null;
    taken.add(best.question.id);
    lastIndex = best.index;
    return best.question;
  });
}

function compareRanks(left, right) {
  for (let i = 0; i < left.length; i += 1) if (left[i] !== right[i]) return left[i] - right[i];
  return 0;
}

function stateText(control) {
  return JSON.stringify(control.value);
}

/** Lists a question's current texts: the value, the chosen option or the checked options. */
function heldTexts(question, after) {
  const controls = question.controls.map((control) => after.get(control.benchIdKey) ?? control);
  const checks = controls.filter((control) => control.value.kind === 'check');
  if (checks.length > 0) return checks.filter((control) => control.value.checked).map((control) => control.value.text);
  return controls.map((control) => control.value.text).filter((text) => text !== '');
}

function changed(control, after) {
  const later = after.get(control.benchIdKey);
  return later !== undefined && stateText(later) !== stateText(control);
}

/**
 * Scores one fill step. `before` and `after` are frame lists as buildQuestions takes; `rows` are
 * the preview rows ({ rowId, meaning, part, label, recipient, fieldId }); `report` maps a row id to
 * its fill status. Returns the step's counts and details.
 */
export function scoreStep({ before, after, rows, report, facts }) {
  const questions = buildQuestions(before);
  const afterControls = new Map();
  for (const frame of after) for (const control of frame.controls) afterControls.set(`${frame.frameKey}/${control.benchId}`, control);
  for (const question of questions) for (const control of question.controls) control.benchIdKey = `${question.frameKey}/${control.benchId}`;

  const changedIds = new Set(
    questions.filter((question) => question.controls.some((control) => changed(control, afterControls))).map((question) => question.id),
  );
  const matches = matchRows(rows, questions, { changedIds, report });
  const questionKeys = new Map(questions.map((question) => [question.id, question.key]));
  const result = { proposals: rows.length, correct: 0, wrong: 0, forbidden: 0, notStuck: 0, wrongValue: 0, details: [], confusion: [], correctQuestions: new Set(), meaningfulQuestions: new Set(), questionKeys };
  const credited = new Set();

  rows.forEach((row, index) => {
    const question = matches[index];
    const status = report.get(row.rowId) ?? 'notFilled';
    const expected = question ? question.key : '(unmatched)';
    result.confusion.push({ expected, predicted: row.meaning ?? '(unknown)' });
    const partOk = !question?.part || !row.part || row.part === question.part;
    const isCorrect = question && question.key !== 'none' && row.meaning === question.key && partOk && !credited.has(question.id);
    if (isCorrect) {
      result.correct += 1;
      credited.add(question.id);
      result.correctQuestions.add(question.id);
    } else {
      result.wrong += 1;
      result.details.push({ kind: 'wrong', label: row.label, predicted: row.meaning, expected });
    }

    if (status === 'notStuck') {
      result.notStuck += 1;
      result.details.push({ kind: 'notStuck', label: row.label, meaning: row.meaning });
    }
    if (status !== 'filled' || !question) return;

    const texts = heldTexts(question, afterControls);
    const silentlyLost = question.controls.some(isTextLike) && texts.length === 0;
    if (silentlyLost) {
      result.notStuck += 1;
      result.details.push({ kind: 'notStuck', label: row.label, meaning: row.meaning, reason: 'reported filled but empty' });
      return;
    }
    if (isCorrect && valueMatchesFacts(question.key, question.part, texts, facts) === false) {
      result.wrongValue += 1;
      result.details.push({ kind: 'wrongValue', label: row.label, meaning: row.meaning, held: texts });
    }
  });

  const filledQuestionIds = new Set();
  rows.forEach((row, index) => {
    if (matches[index] && report.get(row.rowId) === 'filled') filledQuestionIds.add(matches[index].id);
  });
  for (const question of questions) {
    if (question.key !== 'none') result.meaningfulQuestions.add(question.id);
    const changedControls = question.controls.filter((control) => changed(control, afterControls));
    if (changedControls.length === 0) continue;
    // A hidden input is page plumbing that a page's own scripts may update in response to a fill,
    // so it counts only when a row aimed at it.
    const relevant = changedControls.filter((control) => control.type !== 'hidden' || filledQuestionIds.has(question.id));
    const hiddenTextControl = relevant.some((control) => isTextLike(control) && !control.rendered);
    if (relevant.length > 0 && (question.key === 'none' || question.noAutofill || hiddenTextControl)) {
      result.forbidden += 1;
      result.details.push({ kind: 'forbidden', expected: question.key, labels: [...question.labels].slice(0, 2), noAutofill: question.noAutofill, hidden: hiddenTextControl });
    }
  }
  return result;
}
