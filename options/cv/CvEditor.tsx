// The CV editor: every JSON Resume section and the application facts, validated as the person
// types and saved with `cv.save`. It edits a copy of the stored CV, so unknown keys survive.
import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { request } from '../../src/messaging/client';
import { ErrorMessage } from '../../src/ui/components/ErrorMessage';
import { Progress } from '../../src/ui/components/Progress';
import { errorMessage } from '../../src/ui/errors';
import { t } from '../../src/ui/i18n';
import type { Cv } from '../../src/vault/cv/model';
import { ApplicationEditor } from './ApplicationEditor';
import { CvField, type CvBinding } from './CvField';
import { ListEditor } from './ListEditor';
import { setPath } from './paths';
import { BASICS_FIELDS, LIST_SECTIONS, LOCATION_FIELDS } from './sections';
import { prepareForSave, validateCv } from './validation';

// Profiles belong to the basics, so they come before the application facts.
const basicsLists = LIST_SECTIONS.filter((spec) => spec.path.startsWith('basics.'));
const otherLists = LIST_SECTIONS.filter((spec) => !spec.path.startsWith('basics.'));

type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

interface CvEditorProps {
  /** Bumped by the import so the editor reloads the saved CV. */
  reloadToken: number;
}

export function CvEditor({ reloadToken }: CvEditorProps): JSX.Element {
  const [cv, setCv] = useState<Cv | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const errors = useMemo(() => (cv ? validateCv(cv) : {}), [cv]);

  useEffect(() => {
    setCv(null);
    request('cv.get')
      .then((loaded) => {
        setCv(loaded);
        setDirty(false);
      })
      .catch((failure) => setLoadError(errorMessage(failure)));
  }, [reloadToken]);

  useEffect(() => {
    if (!dirty) return undefined;
    const page = window;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    page.addEventListener('beforeunload', warn);
    return () => page.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!cv) {
    return loadError ? <ErrorMessage message={loadError} id="cv-load-error" /> : <Progress label={t('cv_loading')} />;
  }

  const binding: CvBinding = {
    cv,
    errors,
    onEdit: (path, value) => {
      setCv((current) => (current ? setPath(current, path, value) : current));
      setDirty(true);
      setSaveState('idle');
    },
  };

  async function save(event: TargetedEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!cv) return;
    if (Object.keys(errors).length > 0) {
      setSaveState('invalid');
      return;
    }
    setSaveState('saving');
    setSaveError(null);
    try {
      const prepared = prepareForSave(cv);
      await request('cv.save', { cv: prepared });
      setCv(prepared);
      setDirty(false);
      setSaveState('saved');
    } catch (failure) {
      setSaveError(errorMessage(failure));
      setSaveState('failed');
    }
  }

  const errorCount = Object.keys(errors).length;
  const statusText: Record<SaveState, string> = {
    idle: dirty ? t('cv_unsaved') : '',
    saving: t('cv_saving'),
    saved: t('cv_saved'),
    invalid: t('cv_invalid', errorCount),
    failed: t('cv_saveFailed', saveError ?? ''),
  };

  return (
    <form class="cv-editor" onSubmit={save} noValidate>
      <section class="cv-section" aria-labelledby="section-basics">
        <h3 id="section-basics">{t('cvSection_basics')}</h3>
        {BASICS_FIELDS.map((field) => (
          <CvField key={field.key} binding={binding} name={field.key} label={field.label} kind={field.kind} />
        ))}
      </section>
      <section class="cv-section" aria-labelledby="section-location">
        <h3 id="section-location">{t('cvSection_location')}</h3>
        {LOCATION_FIELDS.map((field) => (
          <CvField key={field.key} binding={binding} name={field.key} label={field.label} kind={field.kind} />
        ))}
      </section>
      {basicsLists.map((spec) => (
        <ListEditor key={spec.path} binding={binding} spec={spec} />
      ))}
      <ApplicationEditor binding={binding} />
      {otherLists.map((spec) => (
        <ListEditor key={spec.path} binding={binding} spec={spec} />
      ))}
      <div class="save-bar">
        <button id="save-cv" type="submit" class="primary" disabled={saveState === 'saving'}>
          {t('cv_save')}
        </button>
        <span
          id="save-status"
          role="status"
          data-state={saveState}
          class={saveState === 'failed' || saveState === 'invalid' ? 'status-bad' : 'status'}
        >
          {statusText[saveState]}
        </span>
      </div>
    </form>
  );
}
