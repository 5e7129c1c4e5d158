import { studyLink } from '../../data/links';
import type { Topic } from '../../data/topic-types';
import { ExternalLink } from '../topic/external-link';
import type { PageContextView } from './types';
import { t } from '../../utils/i18n';

/** Top of the first view: how old the page is against the evidence, and whether it is itself a fact-check. */
export function PageAge({ context, lang }: { context: PageContextView; lang: string }) {
  return (
    <>
      {context.dateLine && (
        <p class="page-age" data-page-age lang={lang}>
          {context.dateLine}
        </p>
      )}
      {context.factCheck && (
        <p class="page-fact-check" data-fact-check>
          {t('factCheckBy', context.factCheck.by)}
          {context.factCheck.claim && (
            <>
              {' '}
              {context.factCheck.rating
                ? t('factCheckClaimRated', context.factCheck.claim, context.factCheck.rating)
                : t('factCheckClaim', context.factCheck.claim)}
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
      <h2 id="cited-heading">{t('citedHeading')}</h2>
      <p class="small muted">{t('citedIntro')}</p>
      <ul class="cited-list">
        {cited.map(({ study, about }) => (
          <li key={study.id} data-cited={study.id} lang={topic.lang}>
            <ExternalLink href={studyLink(study).href}>
              <strong>{about.label}</strong>
            </ExternalLink>
            , {about.role}: {about.outcome}
          </li>
        ))}
        {context.unverified.map((text) => (
          <li key={text} data-not-verified>
            <span class="quoted">{text}</span> <span class="tag">{t('notVerifiedTag')}</span>
            <span class="small muted"> {t('notVerifiedHint')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
