/**
 * The card's own words as plain strings (they travel from the background in `CardContent`): the
 * sentences with a value become the text before and after it.
 */
import { allEventsAfter, pageAgeLine, type EvidenceEvent, type PageAgeText } from '../../core/page-age';
import type { enCard } from '../../data/ccsvi/text/en-card';

export type CardText = typeof enCard;

/** Text before and after a value (a site name, a key) that the card shows in its own element. */
export interface Around {
  before: string;
  after: string;
}

export interface CardLabels {
  eyebrow: string;
  titleLoading: string;
  close: string;
  closeHint: string;
  basedOn: string;
  keyPoints: string;
  fullView: string;
  notAbout: string;
  neverOnSite: string;
  neverOnSiteHint: Around;
  mentionHidden: string;
  siteOff: Around;
  undo: string;
  escCloses: Around;
  nextMention: Around;
}

const MARK = '\u0001';

function around(sentence: (p: { site: string }) => string): Around {
  const [before = '', after = ''] = sentence({ site: MARK }).split(MARK);
  return { before, after };
}

export function cardLabels(text: CardText): CardLabels {
  return {
    eyebrow: text.eyebrow,
    titleLoading: text.titleLoading,
    close: text.close,
    closeHint: text.closeHint,
    basedOn: text.basedOn,
    keyPoints: text.keyPoints,
    fullView: text.fullView,
    notAbout: text.notAbout,
    neverOnSite: text.neverOnSite,
    neverOnSiteHint: around(text.neverOnSiteHint),
    mentionHidden: text.mentionHidden,
    siteOff: around(text.siteOff),
    undo: text.undo,
    escCloses: { ...text.escCloses },
    nextMention: { ...text.nextMention },
  };
}

/**
 * The words of "This page is from March 2011. Since then, …" in the card's language, as text around
 * the values (the page's date read later in the page, the trials' years), with the trials' dates:
 * the card writes the line itself when the page's date is known.
 */
export interface PageAgeWords {
  published: Around;
  updated: Around;
  /** `since[n - 1]`: the sentence when n of the trials came after the page */
  since: Around[];
  events: EvidenceEvent[];
}

export function pageAgeWords(text: PageAgeText, events: readonly EvidenceEvent[]): PageAgeWords {
  const split = (sentence: string): Around => {
    const [before = '', after = ''] = sentence.split(MARK);
    return { before, after };
  };
  return {
    published: split(text.published({ date: MARK })),
    updated: split(text.updated({ date: MARK })),
    since: events.map((_, i) => split(text.since({ count: i + 1, total: events.length, years: MARK }))),
    events: [...events],
  };
}

/** The line for a page's date, or null (undated, or as recent as the trials). */
/** The page is older than every decisive trial: its age line says what they all found. */
export function pageAgeCoversTrials(
  words: PageAgeWords,
  page: { date: string; updated: boolean } | null | undefined,
): boolean {
  return allEventsAfter(page ?? null, words.events);
}

export function pageAgeFor(
  words: PageAgeWords,
  page: { date: string; updated: boolean } | null | undefined,
  lang: string,
): string | null {
  const join = (a: Around | undefined, value: string) => `${a?.before ?? ''}${value}${a?.after ?? ''}`;
  const text: PageAgeText = {
    published: ({ date }) => join(words.published, date),
    updated: ({ date }) => join(words.updated, date),
    since: ({ count, years }) => join(words.since[count - 1], years),
  };
  return pageAgeLine(page ?? null, words.events, text, lang);
}
