// Entry bundled into the visibility page: reports, for each control with data-visible, what
// the scan decided about its visibility.
import '../../../../src/autofill/classify/bundled-lexicon';
import { scanFields } from '../../../../src/autofill/discovery';
import { collectShadowRoots } from '../../../../src/autofill/discovery/walk';

interface VisibilityRow {
  id: string;
  expected: boolean;
  actual: boolean | null;
}

(globalThis as { __meritvalvVisibility?: () => VisibilityRow[] }).__meritvalvVisibility = () => {
  const fields = scanFields(document);
  const rows: VisibilityRow[] = [];
  for (const root of [document, ...collectShadowRoots(document)]) {
    for (const element of root.querySelectorAll('[data-visible]')) {
      const field = fields.find((f) => f.element === element || f.optionElements?.includes(element as HTMLElement));
      rows.push({ id: element.id, expected: element.getAttribute('data-visible') === 'true', actual: field ? field.visible : null });
    }
  }
  return rows;
};
