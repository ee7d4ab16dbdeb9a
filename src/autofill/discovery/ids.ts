// Field ids stable for as long as the element lives in this document.
const ids = new WeakMap<Element, string>();
let next = 0;

export function fieldIdOf(element: Element): string {
  let id = ids.get(element);
  if (!id) {
    id = `f${++next}`;
    ids.set(element, id);
  }
  return id;
}
