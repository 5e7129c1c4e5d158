/**
 * What the hover card shows: a small, serialisable digest of a topic that the background builds
 * (entrypoints/background/card-content.ts) and sends to the content script, so the content script
 * never bundles the knowledge base.
 */

export interface CardLink {
  label: string;
  href: string;
}

/** A glossary word explained right after the text that first uses it (chosen by the background). */
export interface CardGloss {
  term: string;
  explanation: string;
}

/** A short text and links to what it rests on. */
export interface CardPoint {
  text: string;
  basedOn: CardLink[];
  /** words this text is the first to use on the card */
  gloss?: CardGloss[];
}

/** One row of the "evidence got stricter" picture. */
export interface CardEvidenceRow {
  label: string;
  method: string;
  /** percent of people with MS found to have CCSVI */
  msPercent: number;
  /** percent of the comparison group found to have CCSVI */
  controlPercent: number;
  controlLabel: string;
  note?: string;
  source: CardLink;
}

/** One randomized trial's outcome line: `name` is the link text, `outcome` follows it. */
export interface CardTrial {
  name: string;
  outcome: string;
  href: string;
}

export interface CardStudy {
  /** e.g. 'CoSMo study, 2013' */
  label: string;
  /** e.g. 'Mult Scler, 2013' */
  citation: string;
  /** the result in plain words */
  conclusion: string;
  /** DOI, else PubMed, else the source page */
  href: string;
  /** e.g. 'DOI' or 'PubMed' */
  linkKind: string;
  gloss?: CardGloss[];
}

export interface CardContent {
  topicId: string;
  name: string;
  verdict: CardPoint;
  /** "What this means for you", shown under the verdict */
  whatThisMeans: { heading: string; points: CardPoint[]; disclaimer: string };
  keyPoints: CardPoint[];
  picture: {
    title: string;
    note: string;
    rows: CardEvidenceRow[];
    trials: CardTrial[];
    /** words the rows and trial lines use, explained above them */
    gloss?: CardGloss[];
  };
  studies: CardStudy[];
  /** ISO date */
  lastReviewed: string;
  /** e.g. '24 November 2026' */
  lastReviewedLabel: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A light shape check of what came over the message channel. */
export function isCardContent(value: unknown): value is CardContent {
  if (!isObject(value)) return false;
  const { name, verdict, keyPoints, picture, studies } = value;
  return (
    typeof name === 'string' &&
    isObject(verdict) &&
    typeof verdict.text === 'string' &&
    Array.isArray(keyPoints) &&
    isObject(picture) &&
    Array.isArray(picture.rows) &&
    Array.isArray(picture.trials) &&
    Array.isArray(studies)
  );
}
