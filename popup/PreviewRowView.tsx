// One field of the consent preview: include checkbox, the page's label, the meaning in words and
// the value that would be sent, editable for this fill when it is text.
import type { JSX } from 'preact';
import type { PreviewRow } from '../src/messaging/protocol';
import { formatDate, t } from '../src/ui/i18n';
import { meaningName, meaningWithPart } from '../src/ui/meanings';
import { isMissing, textOf, type RowChoice } from './selection';

interface PreviewRowProps {
  row: PreviewRow;
  /** A unique, selector-safe id for this row's controls. */
  domId: string;
  choice: RowChoice | undefined;
  /** When this recipient last received this meaning (ISO 8601), if ever. */
  receivedAt: string | undefined;
  disabled: boolean;
  onChange: (choice: RowChoice) => void;
}

export function PreviewRowView(props: PreviewRowProps): JSX.Element {
  const { row, domId, choice } = props;
  const missing = isMissing(row);
  const checked = choice?.checked ?? false;
  const label = row.label || meaningName(row.meaning);
  const text = textOf(row, choice);

  return (
    <li
      class={missing ? 'row row-missing' : 'row'}
      data-row-id={row.rowId}
      data-sensitive={row.sensitive ? 'true' : undefined}
    >
      <input
        type="checkbox"
        class="row-include"
        id={`${domId}-include`}
        checked={checked}
        disabled={missing || props.disabled}
        aria-describedby={`${domId}-meaning`}
        onChange={(event) => props.onChange({ ...choice, checked: event.currentTarget.checked })}
      />
      <div class="row-body">
        <label for={`${domId}-include`} class="row-label">
          {label}
        </label>
        <span class="row-meaning" id={`${domId}-meaning`}>
          {meaningWithPart(row.meaning, row.part)}
          {row.sensitive && <span class="badge badge-sensitive">{t('preview_sensitive')}</span>}
        </span>
        {missing ? (
          <span class="row-missing-text">{t('preview_missingInVault')}</span>
        ) : text !== null ? (
          <input
            type="text"
            class="row-value"
            value={text}
            autocomplete="off"
            disabled={props.disabled}
            aria-label={t('preview_valueFor', label)}
            onInput={(event) => props.onChange({ checked, text: event.currentTarget.value })}
          />
        ) : (
          <span class="row-display">{row.display}</span>
        )}
        {props.receivedAt && (
          <span class="row-received">{t('preview_receivedBefore', formatDate(props.receivedAt))}</span>
        )}
      </div>
    </li>
  );
}
