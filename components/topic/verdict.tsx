import type { Topic } from '../../data/topic-types';
import { BasedOn } from './based-on';
import { GlossedText } from './glossary';

/** The one-sentence answer, with its sources. */
export function Verdict({ topic }: { topic: Topic }) {
  return (
    <section class="verdict" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" class="verdict-heading">
        {topic.views.verdictHeading}
      </h2>
      <GlossedText text={topic.verdict.text} class="verdict-text" />
      <BasedOn topic={topic} ids={topic.verdict.basedOn} />
    </section>
  );
}

/** What the evidence means for the reader: attributed points, then a plain "not medical advice". */
export function WhatThisMeans({ topic }: { topic: Topic }) {
  const { heading, points, disclaimer } = topic.whatThisMeans;
  return (
    <section class="what-this-means" aria-labelledby="what-this-means-heading">
      <h2 id="what-this-means-heading">{heading}</h2>
      <ul class="key-points">
        {points.map((point) => (
          <li key={point.text}>
            <GlossedText text={point.text} />
            <BasedOn topic={topic} ids={point.basedOn} />
          </li>
        ))}
      </ul>
      <p class="small muted">{disclaimer}</p>
    </section>
  );
}

export function KeyPoints({ topic }: { topic: Topic }) {
  return (
    <section aria-labelledby="key-points-heading">
      <h2 id="key-points-heading">{topic.views.keyPointsHeading}</h2>
      <ul class="key-points">
        {topic.keyPoints.map((point) => (
          <li key={point.text}>
            <GlossedText text={point.text} />
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
      <h2 id="explanation-heading">{topic.views.storyHeading}</h2>
      {topic.explanation.map((section) => (
        <details class="explanation" key={section.heading}>
          <summary>{section.heading}</summary>
          <GlossedText text={section.text} />
          <BasedOn topic={topic} ids={section.basedOn} />
        </details>
      ))}
    </section>
  );
}
