// The consent preview: every proposed field grouped by recipient, frames that need access, and
// the Fill button. Nothing is sent until the person presses Fill.
import type { JSX } from 'preact';
import type { BlockedFrame, Preview } from '../src/messaging/protocol';
import { t } from '../src/ui/i18n';
import { RecipientGroupView } from './RecipientGroupView';
import { approvalsFrom, type RowChoice, type Selection } from './selection';

interface PreviewViewProps {
  preview: Preview;
  selection: Selection;
  busy: boolean;
  onChange: (rowId: string, choice: RowChoice) => void;
  /** Called from the click handler itself, so a permission request keeps the user gesture. */
  onAllowAccess: (origin: string) => void;
  onFill: () => void;
}

function BlockedFrames({ frames, onAllowAccess }: {
  frames: BlockedFrame[];
  onAllowAccess: (origin: string) => void;
}): JSX.Element | null {
  const origins = [...new Set(frames.map((frame) => frame.origin))];
  if (origins.length === 0) return null;
  return (
    <section class="blocked" aria-labelledby="blocked-heading">
      <h2 id="blocked-heading">{t('preview_blockedHeading')}</h2>
      <p class="hint">{t('preview_blockedExplanation')}</p>
      <ul>
        {origins.map((origin) => (
          <li key={origin} data-blocked-origin={origin}>
            <button type="button" onClick={() => onAllowAccess(origin)}>
              {t('preview_allowAccess', origin)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PreviewView(props: PreviewViewProps): JSX.Element {
  const { preview } = props;
  const approvalCount = approvalsFrom(preview, props.selection).length;
  const empty = preview.groups.length === 0;

  return (
    <div id="preview">
      {(preview.jobTitle || preview.company) && (
        <p class="job">{[preview.jobTitle, preview.company].filter(Boolean).join(' · ')}</p>
      )}
      <BlockedFrames frames={preview.blockedFrames} onAllowAccess={props.onAllowAccess} />
      {empty ? (
        <p class="empty">{t('preview_noFields')}</p>
      ) : (
        preview.groups.map((group, index) => (
          <RecipientGroupView
            key={`${group.frameOrigin} ${group.actionOrigin ?? ''}`}
            group={group}
            groupIndex={index}
            topSite={preview.topSite}
            selection={props.selection}
            disabled={props.busy}
            onChange={props.onChange}
          />
        ))
      )}
      {!empty && (
        <div class="actions">
          <button
            id="fill-button"
            type="button"
            class="primary"
            disabled={approvalCount === 0 || props.busy}
            onClick={props.onFill}
          >
            {t('preview_fill', approvalCount)}
          </button>
        </div>
      )}
    </div>
  );
}
