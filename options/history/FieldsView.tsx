// Fields: each kind of detail the person disclosed, how often and when last.
import type { JSX } from 'preact';
import type { FieldMeaning } from '../../src/autofill/types';
import type { FieldSummary } from '../../src/disclosure/query';
import { formatTime } from '../../src/ui/i18n';
import { meaningName } from '../../src/ui/meanings';
import { ht } from './i18n';

export function FieldsView({ fields, onShowEntries }: { fields: FieldSummary[]; onShowEntries: (meaning: FieldMeaning) => void }): JSX.Element {
  if (fields.length === 0) return <p class="hint">{ht('history_noEntries')}</p>;
  return (
    <table class="history-fields">
      <caption>{ht('history_fieldsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{ht('history_field')}</th>
          <th scope="col">{ht('history_count')}</th>
          <th scope="col">{ht('history_lastSent')}</th>
          <th scope="col"><span class="visually-hidden">{ht('history_actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.meaning} data-meaning={field.meaning}>
            <th scope="row">{meaningName(field.meaning)}</th>
            <td>{field.count}</td>
            <td><time dateTime={field.lastAt}>{formatTime(field.lastAt)}</time></td>
            <td><button type="button" onClick={() => onShowEntries(field.meaning)}>{ht('history_showEntries')}</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
