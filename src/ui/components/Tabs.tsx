// An ARIA tab list: the selected tab is the one tab stop, arrow keys, Home and End move between
// tabs and select them. The caller renders the panel with `tabPanelProps`.
import type { HTMLAttributes, JSX, TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDefinition<Id extends string> {
  id: Id;
  label: string;
}

interface TabsProps<Id extends string> {
  label: string;
  tabs: readonly TabDefinition<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}

export function tabPanelProps(id: string): HTMLAttributes<HTMLElement> {
  return { id: `panel-${id}`, role: 'tabpanel', 'aria-labelledby': `tab-${id}`, tabIndex: 0 };
}

export function Tabs<Id extends string>(props: TabsProps<Id>): JSX.Element {
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: TargetedKeyboardEvent<HTMLDivElement>): void {
    const index = props.tabs.findIndex((tab) => tab.id === props.selected);
    const last = props.tabs.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    const tab = target === undefined ? undefined : props.tabs[target];
    if (!tab) return;
    event.preventDefault();
    props.onSelect(tab.id);
    listRef.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  }

  return (
    <div role="tablist" aria-label={props.label} class="tabs" ref={listRef} onKeyDown={onKeyDown}>
      {props.tabs.map((tab) => {
        const selected = tab.id === props.selected;
        return (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
