import type { CardGloss } from './types';

/** Glossary words explained where the card first uses them (the background chose which, and where). */
export function Gloss({ items }: { items?: CardGloss[] | undefined }) {
  if (!items?.length) return null;
  return (
    <dl class="gloss">
      {items.map((g) => (
        <div key={g.term}>
          <dt>{g.term}</dt>
          <dd>{g.explanation}</dd>
        </div>
      ))}
    </dl>
  );
}
