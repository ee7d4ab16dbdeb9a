// Tells whether a page changed since a field scan in a way that can change what the scan found:
// an element added, removed or changed, a text changed, or a field's value set by the page or
// the person. Attribute changes on a control that the fill wrote itself do not count, because
// pages mark the control they just validated (aria-invalid, a class).
import type { DiscoveredField } from '../discovered';
import { takeSnapshot } from './undo';

const OBSERVED: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true };

function stateOf(field: DiscoveredField): string {
  const snapshot = takeSnapshot(field);
  if (snapshot.kind === 'files') return snapshot.files.map((file) => file.name).join('\n');
  return JSON.stringify(snapshot);
}

export class PageChanges {
  private readonly observer: MutationObserver | undefined;
  private readonly written = new Set<Node>();
  private states = new Map<DiscoveredField, string>();
  private mutated = false;

  constructor(private readonly doc: Document) {
    const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
    this.observer = Observer ? new Observer((records) => this.note(records)) : undefined;
  }

  /** Starts comparing against this scan: its fields' values now, and no mutation yet. */
  baseline(fields: Iterable<DiscoveredField>): void {
    this.observer?.takeRecords();
    this.mutated = false;
    this.states = new Map();
    this.observer?.observe(this.doc, OBSERVED);
    for (const field of fields) {
      this.states.set(field, stateOf(field));
      const root = field.element.getRootNode();
      if (root !== this.doc && root.nodeType === root.DOCUMENT_FRAGMENT_NODE) this.observer?.observe(root, OBSERVED);
    }
  }

  /** Marks a field as written by the fill, before the write, so its own changes do not count. */
  expectWrite(field: DiscoveredField): void {
    this.written.add(field.element);
    for (const option of field.optionElements ?? []) this.written.add(option);
    this.states.delete(field);
  }

  /** Tells whether the page changed since the baseline; true where changes cannot be observed. */
  changed(): boolean {
    if (!this.observer) return true;
    this.note(this.observer.takeRecords());
    if (this.mutated) return true;
    for (const [field, state] of this.states) {
      if (stateOf(field) !== state) return true;
    }
    return false;
  }

  disconnect(): void {
    this.observer?.disconnect();
  }

  private note(records: MutationRecord[]): void {
    if (this.mutated) return;
    this.mutated = records.some((record) => record.type !== 'attributes' || !this.written.has(record.target));
  }
}
