import type { Topic } from '../../data/topic-types';
import { BasedOn } from './based-on';

/** The one-sentence answer, with its sources. */
export function Verdict({ topic }: { topic: Topic }) {
  return (
    <section class="verdict" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" class="verdict-heading">
        What the evidence says
      </h2>
      <p class="verdict-text">{topic.verdict.text}</p>
      <BasedOn topic={topic} ids={topic.verdict.basedOn} />
    </section>
  );
}

export function KeyPoints({ topic }: { topic: Topic }) {
  return (
    <section aria-labelledby="key-points-heading">
      <h2 id="key-points-heading">Key points</h2>
      <ul class="key-points">
        {topic.keyPoints.map((point) => (
          <li key={point.text}>
            <p>{point.text}</p>
            <BasedOn topic={topic} ids={point.basedOn} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The longer story, one collapsible section per heading. */
export function Explanation({ topic }: { topic: Topic }) {
  return (
    <section aria-labelledby="explanation-heading">
      <h2 id="explanation-heading">The story in more detail</h2>
      {topic.explanation.map((section) => (
        <details class="explanation" key={section.heading}>
          <summary>{section.heading}</summary>
          <p>{section.text}</p>
          <BasedOn topic={topic} ids={section.basedOn} />
        </details>
      ))}
    </section>
  );
}
