/**
 * Glossary words explained where a reader first meets them. A `GlossScope` (core/glossary) is one view's
 * record of the words already explained, filled in render order; `GlossedTextIn` explains the new words
 * of its text right after it; `GlossaryBoxIn` explains, before a chart or list, the words its labels use.
 */
import type { ComponentChildren } from 'preact';
import { claimNew, glossScope, wordUses, type GlossScope as CoreScope } from '../../core/glossary';
import type { GlossaryEntry } from '../../data/topic-types';

export type GlossScope = CoreScope<GlossaryEntry>;
export { glossScope };

export function Definitions({
  entries,
  class: className = 'gloss',
}: {
  entries: readonly GlossaryEntry[];
  class?: string;
}) {
  if (entries.length === 0) return null;
  return (
    <dl class={className}>
      {entries.map((e) => (
        <div key={e.id} class="gloss-item">
          <dt>{e.term}</dt>
          <dd>{e.explanation}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface GlossedTextProps {
  text: string;
  /** the element that holds the text; the explanations follow it */
  as?: 'p' | 'span';
  class?: string;
  id?: string;
}

/** A text whose glossary words, at their first use in the view, are marked and explained just after it. */
export function GlossedTextIn({
  scope,
  text,
  as: Tag = 'p',
  class: className,
  id,
}: GlossedTextProps & { scope: GlossScope | null | undefined }) {
  const fresh = claimNew(scope, [text]);
  const pending = new Set(fresh.map((e) => e.id));
  const parts: ComponentChildren[] = [];
  let at = 0;
  if (pending.size > 0)
    for (const use of wordUses(text, scope!.entries)) {
      if (!pending.delete(use.id)) continue;
      parts.push(text.slice(at, use.start), <dfn key={use.start}>{text.slice(use.start, use.end)}</dfn>);
      at = use.end;
    }
  parts.push(text.slice(at));
  return (
    <>
      <Tag class={className} id={id}>
        {parts}
      </Tag>
      <Definitions entries={fresh} />
    </>
  );
}

/** Before a chart or list with short labels: the words those labels use, explained once. */
export function GlossaryBoxIn({
  scope,
  texts,
  label = 'Words used here',
}: {
  scope: GlossScope | null | undefined;
  texts: readonly string[];
  label?: string;
}) {
  const fresh = claimNew(scope, texts);
  if (fresh.length === 0) return null;
  return (
    <section class="gloss-box" aria-label={label}>
      <p class="gloss-box-label">{label}</p>
      <Definitions entries={fresh} />
    </section>
  );
}
