// Entry bundled into each page frame by the Chromium check: exposes one function that strips
// the annotations it has not seen yet and scans the frame with real rendering.
import { checkDocument, takeAnnotations, type Annotation, type UnitResult } from './page-check';

const store = new WeakMap<Element, Annotation>();

(globalThis as { __meritvalvCheck?: () => UnitResult[] }).__meritvalvCheck = () => {
  takeAnnotations(document, store);
  return checkDocument(document, store);
};
