// Runs discovery and classification on a document of the annotated corpus and compares each
// field with its annotation. Runs inside a page (bundled for Chromium) or on a happy-dom
// document. The harness reads the annotations and removes them before the scan, so product
// code never reads them.
import '../../../src/autofill/classify/bundled-lexicon';
import { scanFields, type DiscoverOptions } from '../../../src/autofill/discovery';
import { collectShadowRoots } from '../../../src/autofill/discovery/walk';

// `data-expect-entry` is this harness's own addition for probe pages: the index of the work,
// education or language entry a control belongs to, counted from 0 in document order.
const ANNOTATIONS = ['data-expect', 'data-expect-part', 'data-no-autofill', 'data-expect-entry'] as const;

export interface Annotation {
  expect: string;
  part: string | null;
  noAutofill: boolean;
  entry: number | null;
}

export interface UnitResult {
  /** A short description of the control: tag, id or name. */
  control: string;
  expect: string;
  expectPart: string | null;
  /** The proposed meaning, or null when the field was not proposed. */
  got: string | null;
  gotPart: string | null;
  /** Expected and proposed entry index, where the page annotates one. */
  expectEntry?: number | null;
  gotEntry?: number | null;
  label: string;
  /** Why the field was not proposed, or what decided its meaning. */
  note: string;
}

/** Moves the annotations of every element (shadow trees included) into `store` and strips them. */
export function takeAnnotations(doc: Document, store: WeakMap<Element, Annotation>): void {
  for (const root of [doc, ...collectShadowRoots(doc)]) {
    for (const element of root.querySelectorAll('[data-expect]')) {
      store.set(element, {
        expect: element.getAttribute('data-expect') ?? 'none',
        part: element.getAttribute('data-expect-part'),
        noAutofill: element.getAttribute('data-no-autofill') === 'true',
        entry: element.hasAttribute('data-expect-entry') ? Number(element.getAttribute('data-expect-entry')) : null,
      });
      for (const name of ANNOTATIONS) element.removeAttribute(name);
    }
  }
}

function describe(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const name = element.getAttribute('name');
  if (element.id) return `${tag}#${element.id}`;
  return name ? `${tag}[name=${name}]` : tag;
}

/** Scans `doc` and returns one result per annotated question (a group counts once). */
export function checkDocument(doc: Document, store: WeakMap<Element, Annotation>, options?: DiscoverOptions): UnitResult[] {
  const results: UnitResult[] = [];
  const seen = new Set<Element>();
  for (const field of scanFields(doc, options)) {
    const controls = field.optionElements ?? [field.element];
    const annotated = controls.find((control) => store.has(control));
    for (const control of controls) seen.add(control);
    const proposed = field.skip === undefined;
    if (!annotated) {
      // A proposal for a control the corpus did not annotate counts against precision.
      if (proposed) results.push({ control: `${describe(field.element)} (no annotation)`, expect: 'none', expectPart: null, got: field.descriptor.meaning, gotPart: field.descriptor.part ?? null, label: field.descriptor.label.slice(0, 60), note: field.classification.reason });
      continue;
    }
    const annotation = store.get(annotated) as Annotation;
    results.push({
      control: describe(annotated),
      expect: annotation.expect,
      expectPart: annotation.part,
      got: proposed ? field.descriptor.meaning : null,
      gotPart: proposed ? (field.descriptor.part ?? null) : null,
      expectEntry: annotation.entry,
      gotEntry: proposed ? (field.descriptor.entryIndex ?? null) : null,
      label: field.descriptor.label.slice(0, 60),
      note: field.skip ? `${field.skip} (${field.classification.meaning}, ${field.classification.reason})` : field.classification.reason,
    });
  }
  for (const root of [doc, ...collectShadowRoots(doc)]) {
    for (const element of root.querySelectorAll('input, select, textarea, button, [role=combobox], [role=option]')) {
      const annotation = store.get(element);
      if (!annotation || seen.has(element) || annotation.expect === 'none') continue;
      if (element.getAttribute('role') === 'option') continue;
      results.push({ control: describe(element), expect: annotation.expect, expectPart: annotation.part, got: null, gotPart: null, label: '', note: 'not discovered' });
    }
  }
  return results;
}
