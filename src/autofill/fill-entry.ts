// The fill code, injected by the background only into the frames that receive approved values,
// right before it sends them. It registers itself for the content script, which hands it the
// discovery functions, so the script injected into every frame for the scan stays small.
import { fillItems, undoLastFill } from './fill-session';

export const FILL_MODULE = Symbol.for('meritvalv.fill');

export interface FillModule {
  fillItems: typeof fillItems;
  undoLastFill: typeof undoLastFill;
}

(globalThis as { [FILL_MODULE]?: FillModule })[FILL_MODULE] ??= { fillItems, undoLastFill };
