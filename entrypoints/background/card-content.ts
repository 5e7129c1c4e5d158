import type { CardContent, CardGloss, CardLink, CardPoint } from '../../components/card/types';
import { cardLabels, pageAgeWords } from '../../components/card/labels';
import { formatDate } from '../../components/topic/format';
import { claimNew, glossScope } from '../../core/glossary';
import { decisiveEvents } from '../../data/ccsvi/decisive-events';
import { resolveBasis } from '../../data/links';
import type { TopicText } from '../../data/ccsvi/text';
import type { Topic } from '../../data/topic-types';

/** The card point that a dated page's age line repeats ("Since then, three sham-controlled trials…"). */
const PAGE_AGE_POINT: keyof TopicText['cardPoints'] = 'trials';
/** Study roles whose results the verdict rests on most: the sham-controlled trials and the review of them. */
const DECISIVE_ROLES: ReadonlySet<string> = new Set(['randomized-trial', 'review']);

function basis(topic: Topic, ids: readonly string[]): CardLink[] {
  const links: CardLink[] = [];
  for (const id of ids) {
    const resolved = resolveBasis(topic, id);
    if (resolved && !links.some((l) => l.href === resolved.href))
      links.push({ label: resolved.label, href: resolved.href });
  }
  return links;
}

/** The card's digest of a topic: small and serialisable (plain strings and arrays). */
export function buildCardContent(
  topic: Topic,
  shortcuts: CardContent['shortcuts'] = { next: '', previous: '' },
): CardContent {
  // Glossary words are explained after the card text that first uses them; the card only renders what is chosen here.
  const scope = glossScope(topic.glossary);
  const gloss = (...texts: string[]): { gloss?: CardGloss[] } => {
    const fresh = claimNew(scope, texts).map((g) => ({ term: g.term, explanation: g.explanation }));
    return fresh.length > 0 ? { gloss: fresh } : {};
  };
  // The card links only the decisive studies (each link is a Tab stop); the full view links every source.
  const decisive = topic.verdict.basedOn.filter((id) =>
    DECISIVE_ROLES.has(topic.studies.find((s) => s.id === id)?.role ?? ''),
  );
  const point = (text: string, basedOn: CardLink[] = []): CardPoint => ({ text, basedOn, ...gloss(text) });
  // Built in the card's reading order, so each glossary word is explained where it is first read.
  const verdict = point(topic.verdict.text, basis(topic, decisive));
  const means = topic.whatThisMeans;
  const meansPoints = means.onCard.flatMap((i) => (means.points[i] ? [point(means.points[i].text)] : []));
  const keyPoints = topic.cardPoints.map((p) => ({
    ...point(p.text),
    ...(p.key === PAGE_AGE_POINT ? { sameAsPageAge: true } : {}),
  }));
  const events = decisiveEvents(topic.citations.decisive.studyIds);
  return {
    topicId: topic.id,
    lang: topic.lang,
    labels: cardLabels(topic.card),
    pageAge: pageAgeWords(topic.pageAge, events),
    subjects: { condition: topic.subjects.condition, procedure: topic.subjects.procedure },
    verdict,
    whatThisMeans: { heading: means.heading, points: meansPoints, disclaimer: means.disclaimer },
    keyPoints,
    lastReviewed: topic.lastReviewed,
    lastReviewedLabel: topic.card.lastReviewed({ date: formatDate(topic.lastReviewed, topic.lang) }),
    shortcuts,
  };
}
