// Editor for one list section of the CV (work, education, profiles…): add, remove and reorder
// entries. Entries are edited in place, so keys the editor has no field for are kept.
import type { JSX } from 'preact';
import { t } from '../../src/ui/i18n';
import { CvField, inputId, type CvBinding } from './CvField';
import { getList, moveEntry } from './paths';
import { cvPathOf, type ListSectionSpec } from './sections';

interface ListEditorProps {
  binding: CvBinding;
  spec: ListSectionSpec;
}

/** Focuses the first of `ids` that exists and is enabled, after the next render. */
export function focusLater(...ids: string[]): void {
  setTimeout(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  }, 0);
}

export function ListEditor({ binding, spec }: ListEditorProps): JSX.Element {
  const listPath = cvPathOf(spec.path);
  const entries = getList(binding.cv, listPath);
  const headingId = `section-${spec.path.replace(/\./g, '-')}`;
  const firstKey = spec.fields[0]?.key ?? '';

  function replace(list: unknown[], focusIndex?: number): void {
    binding.onEdit(listPath, list.length === 0 ? undefined : list);
    if (focusIndex !== undefined) focusLater(inputId(`${spec.path}.${focusIndex}.${firstKey}`));
  }

  function move(index: number, offset: number): void {
    replace(moveEntry(entries, index, offset));
    // Keep focus on the same button of the moved entry, so repeated moves need no re-navigation.
    const [same, other] = offset < 0 ? ['up', 'down'] : ['down', 'up'];
    focusLater(`${headingId}-${index + offset}-${same}`, `${headingId}-${index + offset}-${other}`);
  }

  return (
    <section class="cv-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(spec.heading)}</h3>
      {entries.length === 0 && <p class="hint">{t('cv_noEntries')}</p>}
      {entries.map((entry, index) => {
        const number = index + 1;
        const entryLabel = t(spec.entryLabel, number);
        const title = (entry as Record<string, unknown> | null)?.[spec.titleKey];
        return (
          <fieldset class="entry" key={index}>
            <legend>
              {entryLabel}
              {typeof title === 'string' && title !== '' ? `: ${title}` : ''}
            </legend>
            {spec.fields.map((field) => (
              <CvField
                key={field.key}
                binding={binding}
                name={`${spec.path}.${index}.${field.key}`}
                label={field.label}
                kind={field.kind}
              />
            ))}
            <div class="entry-actions">
              <button
                type="button"
                id={`${headingId}-${index}-up`}
                disabled={index === 0}
                aria-label={t('cv_moveUp', entryLabel)}
                onClick={() => move(index, -1)}
              >
                {t('cv_moveUpShort')}
              </button>
              <button
                type="button"
                id={`${headingId}-${index}-down`}
                disabled={index === entries.length - 1}
                aria-label={t('cv_moveDown', entryLabel)}
                onClick={() => move(index, 1)}
              >
                {t('cv_moveDownShort')}
              </button>
              <button
                type="button"
                class="danger"
                aria-label={t('cv_remove', entryLabel)}
                onClick={() => replace(entries.filter((_, other) => other !== index))}
              >
                {t('cv_removeShort')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="add"
        id={`${headingId}-add`}
        onClick={() => replace([...entries, {}], entries.length)}
      >
        {t('cv_add', t(spec.heading))}
      </button>
    </section>
  );
}
