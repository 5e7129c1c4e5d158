import { resolveBasis } from '../../data/links';
import type { Topic } from '../../data/topic-types';
import { ExternalLink } from './external-link';

/** "Based on: CoSMo study, 2013; FDA, 2012" — each source a link. Unknown ids are skipped. */
export function BasedOn({ topic, ids, label }: { topic: Topic; ids: readonly string[]; label?: string }) {
  const sources = ids.map((id) => resolveBasis(topic, id)).filter((s) => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <div class="based-on">
      <span class="based-on-label">{label ?? topic.views.basedOn}: </span>
      {/* A list, not a sentence: each source is one item (shown inline, separated by semicolons). */}
      <ul class="source-links">
        {sources.map((source) => (
          <li key={source.id}>
            <ExternalLink href={source.href}>{source.label}</ExternalLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
