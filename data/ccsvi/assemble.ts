/**
 * Joins the CCSVI facts (studies, statements, harms, timeline, what each text rests on) with the
 * words of one language into the `Topic` the views read.
 */
import type { Topic } from '../topic-types';
import { glossaryIds } from './glossary';
import { harms } from './harms';
import { statements } from './statements';
import { citations } from './study-citations';
import { studies } from './studies';
import {
  cardPointsBasis,
  evidenceRows,
  evidenceTrials,
  explanationBasis,
  keyPointsBasis,
  safetyBasis,
  verdictBasis,
  whatThisMeansBasis,
  whatThisMeansOnCard,
} from './summary';
import { ccsviTermSet } from './terms';
import type { TopicText } from './text/en';
import { timeline } from './timeline';

const entries = <K extends string, V>(record: Readonly<Record<K, V>>) => Object.entries(record) as [K, V][];

/** Version and review date of the evidence (the same in every language). */
export const ccsviEvidence = { lastReviewed: '2026-12-03', version: '1.1.0' } as const;

export function assembleTopic(text: TopicText, lang: string): Topic {
  const safety = { text: text.safety, basedOn: safetyBasis };
  const pointKeys = Object.keys(whatThisMeansBasis) as (keyof typeof whatThisMeansBasis)[];
  return {
    id: 'ccsvi',
    name: text.name,
    shortName: 'CCSVI',
    ...ccsviEvidence,
    terms: ccsviTermSet,
    verdict: { text: text.verdict, basedOn: verdictBasis },
    keyPoints: entries(keyPointsBasis).map(([key, basedOn]) => ({
      text: key === 'safety' ? text.safety : text.keyPoints[key],
      basedOn,
    })),
    cardPoints: entries(cardPointsBasis).map(([key, basedOn]) => ({
      key,
      text: text.cardPoints[key],
      basedOn,
    })),
    explanation: entries(explanationBasis).map(([key, basedOn]) => {
      const section = text.explanation[key];
      const body = 'text' in section ? section.text : `${section.before} ${text.safety} ${section.after}`;
      return { heading: section.heading, text: body, basedOn };
    }),
    studies: studies.map((study) => {
      const words = text.studies[study.id];
      return {
        ...study,
        shortName: words.shortName,
        design: {
          kind: words.kind,
          blinding: study.design.blinding,
          groups: study.design.groups.map((group, i) => ({ ...group, label: words.groups[i] ?? '' })),
        },
        keyNumbers: words.keyNumbers,
        conclusion: words.conclusion,
        ...('note' in words ? { note: words.note } : {}),
        ...('verification' in words ? { verification: words.verification } : {}),
      };
    }),
    statements: statements.map((s) => ({ ...s, ...text.statements[s.id] })),
    harms: harms.map((h) => ({ ...h, ...text.harms[h.id] })),
    timeline: timeline.map(({ id, ...event }) => ({ ...event, label: text.timeline[id] })),
    citations: {
      studies: Object.fromEntries(
        entries(citations.studies).map(([id, c]) => [id, { ...c, ...text.citations[id] }]),
      ),
      decisive: citations.decisive,
    },
    evidencePicture: {
      title: text.evidencePicture.title,
      rows: evidenceRows.map((row) => ({ ...row, ...text.evidencePicture.rows[row.studyId] })),
      trials: evidenceTrials.map((studyId) => ({ studyId, text: text.evidencePicture.trials[studyId] })),
      note: text.evidencePicture.note,
    },
    safety,
    whatThisMeans: {
      heading: text.whatThisMeans.heading,
      points: pointKeys.map((key) => ({
        text: text.whatThisMeans.points[key],
        basedOn: whatThisMeansBasis[key],
      })),
      onCard: whatThisMeansOnCard.map((key) => pointKeys.indexOf(key)),
      disclaimer: text.whatThisMeans.disclaimer,
    },
    subjects: text.subjects,
    glossary: glossaryIds.map((id) => ({ id, ...text.glossary[id] })),
    lang,
    views: text.views,
    card: text.card,
    pageAge: text.pageAge,
  };
}
