import { resolveBasis } from '../../data/links';
import type { Topic } from '../../data/topic-types';
import { ExternalLink } from './external-link';

/** "Based on: CoSMo study, 2013; FDA, 2012" — each source a link. Unknown ids are skipped. */
export function BasedOn({ topic, ids, label = 'Based on' }: { topic: Topic; ids: readonly string[]; label?: string }) {
  const sources = ids.map((id) => resolveBasis(topic, id)).filter((s) => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <p class="based-on">
      <span class="based-on-label">{label}: </span>
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          <ExternalLink href={source.href}>{source.label}</ExternalLink>
        </span>
      ))}
    </p>
  );
}
