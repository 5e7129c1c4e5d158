import type { Harm, Topic } from '../../data/topic-types';
import { ExternalLink } from './external-link';
import { formatDate } from './format';
import { GlossaryBox, GlossedText } from './glossary';

const harmHref = (harm: Harm) => (harm.doi ? `https://doi.org/${encodeURI(harm.doi)}` : harm.url);

/** Official safety warnings (regulators) first, then every reported harm with its source. */
export function Warnings({ topic }: { topic: Topic }) {
  const regulators = topic.statements.filter((s) => s.kind === 'regulator');
  const v = topic.views;
  return (
    <section aria-labelledby="safety-heading">
      <h2 id="safety-heading">{v.safetyHeading}</h2>
      <GlossedText text={topic.safety.text} class="safety-summary" />
      <GlossaryBox
        texts={[
          ...regulators.flatMap((s) => [s.body, s.summary]),
          ...topic.harms.flatMap((h) => [h.label, h.text, h.citation ?? '']),
        ]}
        label={v.wordsUsedHere}
      />
      <ul class="warnings">
        {regulators.map((statement) => (
          <li key={statement.id} class="warning">
            <p class="warning-title">
              <strong>{statement.body}</strong>
              {statement.date && <span class="muted">, {formatDate(statement.date, topic.lang)}</span>}
            </p>
            <p>{statement.summary}</p>
            <p>
              <ExternalLink href={statement.url}>{v.readWarning}</ExternalLink>
            </p>
          </li>
        ))}
      </ul>
      <h2>{v.harmsHeading}</h2>
      <ul class="harms">
        {topic.harms.map((harm) => (
          <li key={harm.id}>
            <h3>
              {harm.label}
              {harm.date && (
                <>
                  {' '}
                  <time class="muted" dateTime={harm.date}>
                    ({formatDate(harm.date, topic.lang)})
                  </time>
                </>
              )}
            </h3>
            <p>{harm.text}</p>
            {harm.citation && <p class="small muted">{harm.citation}</p>}
            <p>
              <ExternalLink href={harmHref(harm)}>{v.source}</ExternalLink>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
