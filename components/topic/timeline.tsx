import { resolveBasis } from '../../data/links';
import type { TimelineEvent, Topic } from '../../data/topic-types';
import { ExternalLink } from './external-link';
import { GlossaryBox } from './glossary';
import { formatDate, yearOf } from './format';

/** Dated events grouped by year, oldest first, each with a link to where it comes from. */
export function Timeline({ topic }: { topic: Topic }) {
  const years = new Map<number, TimelineEvent[]>();
  const sorted = [...topic.timeline].sort((a, b) => a.date.localeCompare(b.date));
  for (const event of sorted) {
    const year = yearOf(event.date) ?? 0;
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{topic.views.timelineHeading}</h2>
      <GlossaryBox texts={sorted.map((e) => e.label)} label={topic.views.wordsUsedHere} />
      {[...years].map(([year, events]) => (
        <section key={year} class="timeline-year" aria-label={String(year)}>
          <h3>{year}</h3>
          <ol class="timeline">
            {events.map((event) => (
              <li key={`${event.date} ${event.label}`} class={`timeline-${event.kind}`}>
                {/* A date that is only a year is already the heading. */}
                {event.date.length > 4 && (
                  <time dateTime={event.date}>{formatDate(event.date, topic.lang)}</time>
                )}
                <div class="timeline-label">{event.label}</div>
                <EventSources topic={topic} event={event} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

function EventSources({ topic, event }: { topic: Topic; event: TimelineEvent }) {
  const links = (event.basedOn ?? []).map((id) => resolveBasis(topic, id)).filter((l) => l !== undefined);
  if (links.length === 0 && event.sourceUrl) {
    return (
      <div class="timeline-source">
        <ExternalLink href={event.sourceUrl}>{topic.views.source}</ExternalLink>
      </div>
    );
  }
  if (links.length === 0) return null;
  return (
    <ul class="timeline-source source-links">
      {links.map((l) => (
        <li key={l.id}>
          <ExternalLink href={l.href}>{l.label}</ExternalLink>
        </li>
      ))}
    </ul>
  );
}
