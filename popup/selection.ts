// The person's choices in the consent preview: which rows are ticked and any text they edited.
// These are pure functions, so the rules (sensitive and missing rows start unticked) are tested
// without a DOM.
import type { Approval, Preview, PreviewRow } from '../src/messaging/protocol';

export interface RowChoice {
  checked: boolean;
  /** The edited text for a text value; undefined while the person has not edited it. */
  text?: string;
}

export type Selection = Record<string, RowChoice>;

/** Returns true when the vault has no value for the row. */
export function isMissing(row: PreviewRow): boolean {
  return row.value === null;
}

/** Returns the starting choices: the background's default, never ticked for a sensitive or missing row. */
export function initialSelection(preview: Preview): Selection {
  const selection: Selection = {};
  for (const group of preview.groups) {
    for (const row of group.rows) {
      selection[row.rowId] = { checked: row.checked && !row.sensitive && !isMissing(row) };
    }
  }
  return selection;
}

/** Returns the text the row would send, edited or not, for a text value. */
export function textOf(row: PreviewRow, choice: RowChoice | undefined): string | null {
  if (row.value?.kind !== 'text') return null;
  return choice?.text ?? row.value.text;
}

/** Returns the approvals for fill.apply: ticked rows with a value, edited text applied. */
export function approvalsFrom(preview: Preview, selection: Selection): Approval[] {
  const approvals: Approval[] = [];
  for (const group of preview.groups) {
    for (const row of group.rows) {
      const choice = selection[row.rowId];
      if (!choice?.checked || row.value === null) continue;
      if (row.value.kind === 'text') {
        const text = textOf(row, choice) ?? '';
        // An emptied text box sends nothing rather than an empty value.
        if (text.trim() === '') continue;
        approvals.push({ rowId: row.rowId, value: { kind: 'text', text } });
      } else {
        approvals.push({ rowId: row.rowId, value: row.value });
      }
    }
  }
  return approvals;
}

/** Returns every row of the preview, in display order. */
export function allRows(preview: Preview): PreviewRow[] {
  return preview.groups.flatMap((group) => group.rows);
}
