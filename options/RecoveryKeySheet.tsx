// The recovery key, shown once after the vault is created, with a printable sheet. The print
// rules in style.css print only `.print-sheet`, so the page's controls stay off the paper.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatDate, t } from '../src/ui/i18n';

export function RecoveryKeySheet({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }): JSX.Element {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section class="card recovery" aria-labelledby="recovery-heading">
      <div class="print-sheet">
        <h2 id="recovery-heading" tabIndex={-1} ref={headingRef}>
          {t('recovery_heading')}
        </h2>
        <p class="print-only">{t('recovery_sheetIntro', formatDate(new Date().toISOString()))}</p>
        <p class="screen-only">{t('recovery_shownOnce')}</p>
        <p id="recovery-key" class="recovery-key">
          {recoveryKey}
        </p>
        <ol class="recovery-instructions">
          <li>{t('recovery_instructionStore')}</li>
          <li>{t('recovery_instructionSecret')}</li>
          <li>{t('recovery_instructionUse')}</li>
        </ol>
      </div>
      <div class="actions screen-only">
        <button id="recovery-print" type="button" onClick={() => window.print()}>
          {t('recovery_print')}
        </button>
        <button id="recovery-confirm" type="button" class="primary" onClick={onDone}>
          {t('recovery_confirm')}
        </button>
      </div>
    </section>
  );
}
