// The visible element that opens a hidden file input: its label, or a button or drop zone
// beside it. Sites hide the native input and show their own "Attach" button.
import { composedParent, rootOf } from './shadow';
import { cssString } from './text';

const TRIGGER_QUERY = 'button, [role=button], a, label';
const DROP_ZONE_HINT = /drop/i;
const MAX_LEVELS = 3;

function labelsOf(input: HTMLInputElement): HTMLElement[] {
  const labels: HTMLElement[] = [];
  if (input.id) labels.push(...rootOf(input).querySelectorAll<HTMLElement>(`label[for=${cssString(input.id)}]`));
  const wrapping = input.closest('label');
  if (wrapping) labels.push(wrapping);
  return labels;
}

/** A container whose class or automation hook names a drop zone ("file-drop", "dropzone"). */
function isDropZone(element: Element): boolean {
  return DROP_ZONE_HINT.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('data-automation-id') ?? ''}`);
}

function holdsOtherFileInput(container: Element, input: HTMLInputElement): boolean {
  return [...container.querySelectorAll('input[type=file]')].some((other) => other !== input);
}

/**
 * Finds the visible trigger of a file input: a label for it, else the first visible button,
 * link or drop zone in its nearest containers that hold no other file input.
 */
export function findFileTrigger(input: HTMLInputElement, isVisible: (element: Element) => boolean): HTMLElement | undefined {
  const label = labelsOf(input).find((candidate) => isVisible(candidate));
  if (label) return label;
  let container: Element | null = composedParent(input);
  for (let level = 0; container && level < MAX_LEVELS; level += 1, container = composedParent(container)) {
    if (container.tagName === 'FORM' || container.tagName === 'BODY' || holdsOtherFileInput(container, input)) break;
    if (isDropZone(container) && isVisible(container)) return container as HTMLElement;
    const candidate = [...container.querySelectorAll<HTMLElement>(TRIGGER_QUERY)].find((el) => isVisible(el));
    if (candidate) return candidate;
  }
  return undefined;
}
