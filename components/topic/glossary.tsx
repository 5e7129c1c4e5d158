/**
 * The topic views' glossary: a `GlossaryScope` provides one view's record of explained words through
 * context, so `GlossedText` and `GlossaryBox` need no props for it (see glossary-core for the rules).
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GlossaryEntry } from '../../data/topic-types';
import {
  Definitions,
  GlossaryBoxIn,
  GlossedTextIn,
  glossScope,
  type GlossScope,
  type GlossedTextProps,
} from './glossary-core';

const GlossaryContext = createContext<GlossScope | null>(null);

/**
 * One view's record of explained words. It starts empty on every render of the scope, so a view that
 * renders again explains its words again at their first use. Without `entries` it takes its parent's.
 */
export function GlossaryScope({
  entries,
  children,
}: {
  entries?: readonly GlossaryEntry[];
  children: ComponentChildren;
}) {
  const parent = useContext(GlossaryContext);
  return (
    <GlossaryContext.Provider value={glossScope(entries ?? parent?.entries ?? [])}>
      {children}
    </GlossaryContext.Provider>
  );
}

export function GlossedText(props: GlossedTextProps) {
  return <GlossedTextIn scope={useContext(GlossaryContext)} {...props} />;
}

export function GlossaryBox(props: { texts: readonly string[]; label?: string }) {
  return <GlossaryBoxIn scope={useContext(GlossaryContext)} {...props} />;
}

/** Every word of the glossary, for reference (they all count as explained from here on). */
export function GlossaryList({ entries, summary }: { entries: readonly GlossaryEntry[]; summary: string }) {
  const scope = useContext(GlossaryContext);
  for (const e of entries) scope?.explained.add(e.id);
  return (
    <details class="glossary">
      <summary>{summary}</summary>
      <Definitions entries={entries} class="gloss gloss-all" />
    </details>
  );
}
