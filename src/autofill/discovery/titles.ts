// Titles of the sections around a control, nearest first: the legend or ARIA label of each
// group that contains it, and the nearest heading before it. The classifier reads them to
// find a work, education or language entry ("Work experience 2", "Utbildning").
import { countControls, groupLabel } from './labels';
import { composedParent } from './shadow';
import { textOf } from './text';

const TITLED_GROUPS = 'fieldset, section, [role=group], [role=region], [role=radiogroup]';
const PAGE_LEVEL = new Set(['FORM', 'BODY', 'HTML']);

/** A group with more controls than a question has is a section; its title is the last one read. */
const QUESTION_MAX_CONTROLS = 4;

/** Group titles per element, shared by the fields of one scan. */
export type TitleCache = WeakMap<Element, string>;

function titleOf(group: Element, cache: TitleCache): string {
  let title = cache.get(group);
  if (title === undefined) {
    title = group.matches(TITLED_GROUPS) ? groupLabel(group) : '';
    cache.set(group, title);
  }
  return title;
}

function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/**
 * Tests whether `heading` still titles `control`: the nearest container of the heading that
 * holds controls must hold `control` too. A heading inside a closed block ("Education" at the
 * top of an education container) does not title the questions after that block.
 */
function headingReaches(heading: Element, control: Element): boolean {
  let scope = composedParent(heading);
  while (scope && !PAGE_LEVEL.has(scope.tagName) && countControls(scope) === 0) scope = composedParent(scope);
  return !scope || PAGE_LEVEL.has(scope.tagName) || composedContains(scope, control);
}

/**
 * Lists the titles around `control`, nearest first. The walk stops at the first titled group
 * that is a section rather than a question, so a heading before that section is not read:
 * a legend "Other questions" ends a "Work experience" heading's reach.
 * NOTE: so does an entry legend without section words ("Most recent"), unless the field's
 * identifiers name the section.
 */
export function sectionTitles(control: Element, heading: Element | undefined, cache: TitleCache): string[] {
  const titles: string[] = [];
  let headingRead = !heading || !headingReaches(heading, control);
  const readHeading = () => {
    headingRead = true;
    const text = textOf(heading);
    if (text) titles.push(text);
  };
  for (let node = composedParent(control); node && !PAGE_LEVEL.has(node.tagName); node = composedParent(node)) {
    const title = titleOf(node, cache);
    if (!title) continue;
    if (!headingRead && heading && node.contains(heading)) readHeading();
    if (title !== titles[titles.length - 1]) titles.push(title);
    if (countControls(node) > QUESTION_MAX_CONTROLS) return titles;
  }
  if (!headingRead) readHeading();
  return titles;
}
