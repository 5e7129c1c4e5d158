import { studyLink } from '../../data/links';
import type { Topic } from '../../data/topic-types';
import { ExternalLink } from '../topic/external-link';
import type { PageContextView } from './types';

/** Top of the first view: how old the page is against the evidence, and whether it is itself a fact-check. */
export function PageAge({ context }: { context: PageContextView }) {
  return (
    <>
      {context.dateLine && (
        <p class="page-age" data-page-age>
          {context.dateLine}
        </p>
      )}
      {context.factCheck && (
        <p class="page-fact-check" data-fact-check>
          This page is itself a fact-check about CCSVI, by {context.factCheck.by}.
          {context.factCheck.claim && (
            <>
              {' '}
              It checks the claim “{context.factCheck.claim}”
              {context.factCheck.rating ? ` and rates it: ${context.factCheck.rating}.` : '.'}
            </>
          )}
        </p>
      )}
    </>
  );
}

/**
 * The studies the page cites, apart from its own mentions: each with its place in the story and what
 * became of it; references about CCSVI that match none of the topic's studies are listed as not verified.
 */
export function CitedStudies({ topic, context }: { topic: Topic; context: PageContextView }) {
  const cited = context.cited.flatMap((c) => {
    const study = topic.studies.find((s) => s.id === c.studyId);
    const about = topic.citations.studies[c.studyId];
    return study && about ? [{ study, about }] : [];
  });
  if (cited.length === 0 && context.unverified.length === 0) return null;
  return (
    <section class="cited" aria-labelledby="cited-heading">
      <h2 id="cited-heading">Studies cited on this page</h2>
      <p class="small muted">The page’s references, and what became of the studies.</p>
      <ul class="cited-list">
        {cited.map(({ study, about }) => (
          <li key={study.id} data-cited={study.id}>
            <ExternalLink href={studyLink(study).href}>
              <strong>{about.label}</strong>
            </ExternalLink>
            , {about.role}: {about.outcome}
          </li>
        ))}
        {context.unverified.map((text) => (
          <li key={text} data-not-verified>
            <span class="quoted">{text}</span> <span class="tag">Not verified</span>
            <span class="small muted">
              {' '}
              As the page gives it; not one of the studies this extension has checked.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
