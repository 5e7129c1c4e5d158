import { browser } from 'wxt/browser';
import type { CardContent, CardGloss, CardLink, CardStudy, CardTrial } from '../../components/card/types';
import { claimNew, glossScope } from '../../core/glossary';
import { ccsviTopic } from '../../data';
import { resolveBasis, studyLink } from '../../data/links';
import type { Topic } from '../../data/topic-types';
import type { BackgroundMessage } from '../../utils/messages';

/** The studies the card names first: the largest blinded study, the most direct one, and the trial led by CCSVI's proposer. */
export const KEY_STUDY_IDS = ['cosmo-2013', 'traboulsee-2014', 'brave-dreams-2018'] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-11-24' → '24 November 2026' (as precise as the date is). */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

function basis(topic: Topic, ids: readonly string[]): CardLink[] {
  const links: CardLink[] = [];
  for (const id of ids) {
    const resolved = resolveBasis(topic, id);
    if (resolved && !links.some((l) => l.href === resolved.href)) links.push({ label: resolved.label, href: resolved.href });
  }
  return links;
}

function linkKind(href: string): string {
  if (href.startsWith('https://doi.org/')) return 'DOI';
  if (href.startsWith('https://pubmed.ncbi.nlm.nih.gov/')) return 'PubMed';
  return 'Source';
}

function trialLine(topic: Topic, studyId: string, text: string): CardTrial {
  const study = topic.studies.find((s) => s.id === studyId);
  const href = study ? studyLink(study).href : '';
  const colon = text.indexOf(': ');
  if (colon === -1) return { name: text, outcome: '', href };
  return { name: text.slice(0, colon), outcome: text.slice(colon + 2), href };
}

/** The card's digest of a topic: small and serialisable (plain strings, numbers and arrays). */
export function buildCardContent(topic: Topic, keyStudyIds: readonly string[] = KEY_STUDY_IDS): CardContent {
  // Glossary words are explained after the card text that first uses them, in the card's reading order
  // (verdict, what it means, picture, key points, key studies); the card only renders what is chosen here.
  const scope = glossScope(topic.glossary);
  const gloss = (...texts: string[]): { gloss?: CardGloss[] } => {
    const fresh = claimNew(scope, texts).map((g) => ({ term: g.term, explanation: g.explanation }));
    return fresh.length > 0 ? { gloss: fresh } : {};
  };
  const verdict = { text: topic.verdict.text, basedOn: basis(topic, topic.verdict.basedOn), ...gloss(topic.verdict.text) };
  const meansPoints = topic.whatThisMeans.points.map((p) => ({ text: p.text, basedOn: basis(topic, p.basedOn), ...gloss(p.text) }));
  const picture = topic.evidencePicture;
  const trials = picture.trials.map((t) => trialLine(topic, t.studyId, t.text));
  const pictureGloss = gloss(...picture.rows.flatMap((r) => [r.label, r.method, r.controlLabel, r.note ?? '']), picture.note, ...trials.flatMap((t) => [t.name, t.outcome]));
  const keyPoints = topic.keyPoints.map((p) => ({ text: p.text, basedOn: basis(topic, p.basedOn), ...gloss(p.text) }));
  const studies: CardStudy[] = [];
  for (const id of keyStudyIds.slice(0, 3)) {
    const study = topic.studies.find((s) => s.id === id);
    if (!study) continue;
    const href = studyLink(study).href;
    studies.push({
      label: study.shortName,
      // The year only when the short name does not already give it ('CoSMo study, 2013').
      citation: study.year && !study.shortName.includes(String(study.year)) ? `${study.journal}, ${study.year}` : study.journal,
      conclusion: study.conclusion,
      href,
      linkKind: linkKind(href),
      ...gloss(study.shortName, study.conclusion),
    });
  }
  return {
    topicId: topic.id,
    name: topic.name,
    verdict,
    whatThisMeans: { heading: topic.whatThisMeans.heading, points: meansPoints, disclaimer: topic.whatThisMeans.disclaimer },
    keyPoints,
    picture: {
      title: picture.title,
      note: picture.note,
      rows: picture.rows.map((row) => {
        const study = topic.studies.find((s) => s.id === row.studyId);
        return {
          label: row.label,
          method: row.method,
          msPercent: row.msPercent,
          controlPercent: row.controlPercent,
          controlLabel: row.controlLabel,
          ...(row.note ? { note: row.note } : {}),
          source: { label: study?.shortName ?? row.label, href: study ? studyLink(study).href : '' },
        };
      }),
      trials,
      ...pictureGloss,
    },
    studies,
    lastReviewed: topic.lastReviewed,
    lastReviewedLabel: formatIsoDate(topic.lastReviewed),
  };
}

/** Answers the content script's `topic:card` with the CCSVI digest (built once per worker life). */
export function startCardContent(): void {
  let cached: CardContent | null = null;
  browser.runtime.onMessage.addListener((message: BackgroundMessage) => {
    if (message?.type !== 'topic:card') return undefined;
    cached ??= buildCardContent(ccsviTopic);
    return Promise.resolve(cached);
  });
}
