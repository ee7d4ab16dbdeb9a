// Runs the corpus check on happy-dom, without layout: classification and grouping are real,
// visibility is approximated from computed styles (display, visibility, opacity, a position
// far off to the left). The Chromium script measures real visibility.
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { Window } from 'happy-dom';
import { composedParent } from '../../../src/autofill/discovery/shadow';
import { checkDocument, takeAnnotations, type Annotation, type UnitResult } from './page-check';

type Step = { fill: true } | { click: string } | { wait: number };

const OFF_LEFT_PX = -999;

/** Visibility from computed styles alone, for a DOM without layout. */
export function styleVisible(element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (node.hasAttribute('hidden')) return false;
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (!style) continue;
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
    if (style.position === 'absolute' && parseFloat(style.left) <= OFF_LEFT_PX) return false;
  }
  return true;
}

function readSteps(path: string): Step[] {
  const sidecar = path.replace(/\.html$/, '.steps.json');
  return existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Step[]) : [{ fill: true }];
}

function openWindow(html: string, name: string): Window {
  const window = new Window({
    url: `http://127.0.0.1/${name}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window;
}

/**
 * happy-dom keeps a classic script's function declarations out of the window's scope, so
 * inline `onclick` handlers that call them fail. Evaluating the scripts again in the window
 * scope defines them; the pages whose steps click such handlers tolerate the second run.
 */
function exposeScriptFunctions(window: Window): void {
  const evaluate = (window as unknown as { eval: (code: string) => unknown }).eval;
  for (const script of window.document.querySelectorAll('script:not([type]), script[type="text/javascript"]')) {
    evaluate(script.textContent ?? '');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Frames that the page writes from an inline source; happy-dom does not build them. */
async function checkInlineFrames(doc: Document, name: string): Promise<UnitResult[]> {
  const results: UnitResult[] = [];
  for (const source of doc.querySelectorAll('script[type="text/x-frame-document"]')) {
    const frame = openWindow(source.textContent ?? '', `${name}#frame`);
    await frame.happyDOM.waitUntilComplete();
    const store = new WeakMap<Element, Annotation>();
    const frameDoc = frame.document as unknown as Document;
    takeAnnotations(frameDoc, store);
    results.push(...checkDocument(frameDoc, store, { isVisible: styleVisible }));
    await frame.happyDOM.close();
  }
  return results;
}

/** Loads one corpus page, performs its steps and returns the results of every fill step. */
export async function checkPageInHappyDom(path: string): Promise<UnitResult[]> {
  const name = basename(path);
  const window = openWindow(readFileSync(path, 'utf8'), name);
  await window.happyDOM.waitUntilComplete();
  const doc = window.document as unknown as Document;
  const store = new WeakMap<Element, Annotation>();
  const results: UnitResult[] = [];
  for (const step of readSteps(path)) {
    if ('fill' in step) {
      takeAnnotations(doc, store);
      results.push(...checkDocument(doc, store, { isVisible: styleVisible }));
    } else if ('click' in step) {
      const targets = [...doc.querySelectorAll<HTMLElement>(step.click)];
      if (targets.some((element) => element.hasAttribute('onclick'))) exposeScriptFunctions(window);
      for (const element of targets) element.click();
    } else {
      await sleep(step.wait);
    }
  }
  results.push(...(await checkInlineFrames(doc, name)));
  await window.happyDOM.close();
  return results;
}
