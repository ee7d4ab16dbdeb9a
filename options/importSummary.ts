// A short summary of an import's changes: the name, the email and the number of entries per section.
import type { Cv } from '../src/vault/cv/model';
import { t, type MessageKey } from '../src/ui/i18n';
import { getList } from './cv/paths';
import { LIST_SECTIONS, cvPathOf } from './cv/sections';

export interface ChangeLine {
  label: string;
  before: string;
  after: string;
}

function countText(count: number): string {
  return t('import_entries', count);
}

/** Returns one line per part of the CV that differs between `current` and `incoming`. */
export function summarizeImport(current: Cv | null, incoming: Cv): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const nameBefore = current?.resume.basics?.name ?? '';
  const nameAfter = incoming.resume.basics?.name ?? '';
  if (nameBefore !== nameAfter) {
    lines.push({ label: t('cvField_basics_name'), before: nameBefore || '–', after: nameAfter || '–' });
  }
  const emailBefore = current?.resume.basics?.email ?? '';
  const emailAfter = incoming.resume.basics?.email ?? '';
  if (emailBefore !== emailAfter) {
    lines.push({ label: t('cvField_basics_email'), before: emailBefore || '–', after: emailAfter || '–' });
  }
  const sections: { path: string; heading: MessageKey }[] = [
    ...LIST_SECTIONS.map((spec) => ({ path: cvPathOf(spec.path), heading: spec.heading })),
    { path: 'application.workAuthorisation', heading: 'cvField_application_workAuthorisation' },
    { path: 'application.driversLicence', heading: 'cvField_application_driversLicence' },
  ];
  for (const section of sections) {
    const before = current ? getList(current, section.path).length : 0;
    const after = getList(incoming, section.path).length;
    if (before !== after || after > 0) {
      lines.push({ label: t(section.heading), before: countText(before), after: countText(after) });
    }
  }
  const factsBefore = current ? Object.keys(current.application).length : 0;
  const factsAfter = Object.keys(incoming.application).length;
  lines.push({ label: t('cvSection_application'), before: countText(factsBefore), after: countText(factsAfter) });
  return lines;
}
