/**
 * What the hover card shows: a small, serialisable digest of a topic that the background builds
 * (entrypoints/background/card-content.ts) and sends to the content script, so the content script
 * never bundles the knowledge base. The card holds one screen: the full view holds the rest.
 */
import type { CardLabels, PageAgeWords } from './labels';

export interface CardLink {
  label: string;
  href: string;
}

/** A glossary word explained right after the text that first uses it (chosen by the background). */
export interface CardGloss {
  term: string;
  explanation: string;
}

/** A short text, with links to what it rests on where the card shows them. */
export interface CardPoint {
  text: string;
  basedOn: CardLink[];
  /** words this text is the first to use on the card */
  gloss?: CardGloss[];
  /** the point says what the page-age line says (the trials since): left out when that line shows */
  sameAsPageAge?: boolean;
}

export type CardSubject = 'condition' | 'procedure';

export interface CardContent {
  topicId: string;
  /** the language of every text below (BCP 47), set as the card's `lang` */
  lang: string;
  /** the card's own words (buttons, headings, the meta line) in that language */
  labels: CardLabels;
  /** the words of "This page is from March 2011. Since then, …", written when the page's date is known */
  pageAge: PageAgeWords;
  /** what the mention names, by the kind of term that matched */
  subjects: Record<CardSubject, string>;
  /** the verdict, with links to the trials and the review it rests on */
  verdict: CardPoint;
  /** "What this means for you", right under the verdict */
  whatThisMeans: { heading: string; points: CardPoint[]; disclaimer: string };
  /** two or three key points in plain words (their sources are in the full view) */
  keyPoints: CardPoint[];
  /** ISO date */
  lastReviewed: string;
  /** e.g. 'Evidence last reviewed 24 November 2026.', in the card's language */
  lastReviewedLabel: string;
  /** the keyboard shortcuts for the next and previous mention, as the browser reports them ('' if unset) */
  shortcuts: { next: string; previous: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A light shape check of what came over the message channel. */
export function isCardContent(value: unknown): value is CardContent {
  if (!isObject(value)) return false;
  const { subjects, verdict, keyPoints, whatThisMeans, shortcuts, labels } = value;
  return (
    typeof value.lang === 'string' &&
    isObject(labels) &&
    isObject(subjects) &&
    isObject(verdict) &&
    typeof verdict.text === 'string' &&
    Array.isArray(keyPoints) &&
    isObject(whatThisMeans) &&
    Array.isArray(whatThisMeans.points) &&
    isObject(shortcuts)
  );
}
