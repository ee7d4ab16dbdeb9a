// A happy-dom window per test, with the markup under test in its body.
import { Window } from 'happy-dom';

export interface TestPage {
  window: Window;
  doc: Document;
  close: () => Promise<void>;
}

export function openPage(body: string, url = 'https://jobs.example.test/apply/42'): TestPage {
  const window = new Window({ url });
  window.document.body.innerHTML = body;
  const doc = window.document as unknown as Document;
  return { window, doc, close: () => window.happyDOM.close() };
}

/** Layout-free visibility for tests: everything rendered counts as visible. */
export const allVisible = (): boolean => true;
