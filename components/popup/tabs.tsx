import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: Left/Right (and Up/Down) move between tabs, Home/End go to
 * the first/last; only the selected tab is in the Tab order, then focus moves into the panel.
 */
export function Tabs<K extends string>({
  tabs,
  selected,
  onSelect,
  idPrefix,
  label,
}: {
  tabs: ReadonlyArray<TabSpec<K>>;
  selected: K;
  onSelect: (key: K) => void;
  idPrefix: string;
  label: string;
}) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    onSelect(tabs[next]!.key);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    move(target);
  };
  return (
    <div role="tablist" aria-label={label} class="tabs">
      {tabs.map((tab, i) => {
        const active = tab.key === selected;
        return (
          <button
            key={tab.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={active}
            aria-controls={`${idPrefix}-panel-${tab.key}`}
            tabIndex={active ? 0 : -1}
            class="tab"
            onClick={() => onSelect(tab.key)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({
  idPrefix,
  tabKey,
  selected,
  children,
  lang,
}: {
  idPrefix: string;
  tabKey: string;
  selected: boolean;
  children: ComponentChildren;
  /** the panel's language, when it differs from the page around it */
  lang?: string;
}) {
  return (
    <div
      role="tabpanel"
      id={`${idPrefix}-panel-${tabKey}`}
      aria-labelledby={`${idPrefix}-tab-${tabKey}`}
      tabIndex={0}
      hidden={!selected}
      lang={lang}
      class="panel"
    >
      {selected && children}
    </div>
  );
}
