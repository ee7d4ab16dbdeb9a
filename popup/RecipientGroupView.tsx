// The fields that go to one recipient, with warnings for an insecure or third-party recipient and
// what this recipient has received before.
import type { JSX } from 'preact';
import type { RecipientGroup } from '../src/messaging/protocol';
import { formatDate, t } from '../src/ui/i18n';
import { meaningName } from '../src/ui/meanings';
import { PreviewRowView } from './PreviewRowView';
import type { RowChoice, Selection } from './selection';

interface RecipientGroupProps {
  group: RecipientGroup;
  groupIndex: number;
  topSite: string;
  selection: Selection;
  disabled: boolean;
  onChange: (rowId: string, choice: RowChoice) => void;
}

function destinationText(group: RecipientGroup): string | null {
  if (group.actionOrigin === null) return t('preview_sentByScript');
  if (group.actionOrigin !== group.frameOrigin) return t('preview_sentTo', group.actionOrigin);
  return null;
}

export function RecipientGroupView(props: RecipientGroupProps): JSX.Element {
  const { group } = props;
  const headingId = `group-${props.groupIndex}-heading`;
  const destination = destinationText(group);
  const received = new Map(group.previouslyReceived.map((entry) => [entry.meaning, entry.lastAt]));

  return (
    <section class="recipient" data-recipient={group.frameOrigin} aria-labelledby={headingId}>
      <h2 id={headingId} class="recipient-origin">
        {group.frameOrigin}
      </h2>
      {destination && <p class="recipient-destination">{destination}</p>}
      {!group.isSecure && (
        <p class="warning" data-warning="insecure">
          {t('preview_warnInsecure')}
        </p>
      )}
      {group.isThirdParty && (
        <p class="warning" data-warning="thirdParty">
          {t('preview_warnThirdParty', group.frameOrigin, props.topSite)}
        </p>
      )}
      <ul class="rows">
        {group.rows.map((row, rowIndex) => (
          <PreviewRowView
            key={row.rowId}
            row={row}
            domId={`row-${props.groupIndex}-${rowIndex}`}
            choice={props.selection[row.rowId]}
            receivedAt={received.get(row.meaning)}
            disabled={props.disabled}
            onChange={(choice) => props.onChange(row.rowId, choice)}
          />
        ))}
      </ul>
      {group.previouslyReceived.length > 0 && (
        <details class="received">
          <summary>{t('preview_previouslyReceived', group.previouslyReceived.length)}</summary>
          <ul>
            {group.previouslyReceived.map((entry) => (
              <li key={entry.meaning}>
                {meaningName(entry.meaning)}: {formatDate(entry.lastAt)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
