/**
 * The line that tells a reader a page predates the evidence that settled its subject:
 * "This page is from March 2011. Since then, three sham-controlled trials (2014–2018) found the
 * procedure does not help." Nothing when the page is as recent as the evidence, or undated.
 */
import type { PageDate, PartialDate } from './page-date';

export interface EvidenceEvent {
  /** when it was first published, as precise as known ('2014', '2017-11', '2018-09-12') */
  date: PartialDate;
  /** the year the reader knows it by (its print year) */
  year: number;
}

export interface EvidenceWording {
  /** singular, e.g. 'sham-controlled trial' */
  noun: string;
  /** e.g. 'found the procedure does not help' */
  finding: string;
}

/** First and last instant a partial date can mean, in ms since the epoch (UTC). */
function span(date: PartialDate): { first: number; last: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return { first: Date.UTC(y, 0, 1), last: Date.UTC(y + 1, 0, 1) - 1 };
  if (d === undefined) return { first: Date.UTC(y, m - 1, 1), last: Date.UTC(y, m, 1) - 1 };
  return { first: Date.UTC(y, m - 1, d), last: Date.UTC(y, m - 1, d + 1) - 1 };
}

/** Whether `event` certainly came after `page` (same year or month with less precision: not certain). */
export function certainlyAfter(event: PartialDate, page: PartialDate): boolean {
  return span(event).first > span(page).last;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** 'March 2011' (or '2011'), in the reader's language when given, English otherwise. */
export function formatPageDate(date: PartialDate, locale = 'en'): string {
  const [y, m] = date.split('-').map(Number) as [number, number?];
  if (m === undefined) return String(y);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

export function pageAgeLine(
  page: PageDate | null,
  events: readonly EvidenceEvent[],
  wording: EvidenceWording,
  locale = 'en',
): string | null {
  if (!page || events.length === 0) return null;
  const later = events.filter((e) => certainlyAfter(e.date, page.date));
  if (later.length === 0) return null;
  const years = later.map((e) => e.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  const range = from === to ? String(from) : `${from}–${to}`;
  const count = NUMBER_WORDS[later.length] ?? String(later.length);
  const more = later.length < events.length ? 'more ' : '';
  const noun = later.length === 1 ? wording.noun : `${wording.noun}s`;
  const when = formatPageDate(page.date, locale);
  const first = page.updated ? `This page was last updated in ${when}.` : `This page is from ${when}.`;
  return `${first} Since then, ${count} ${more}${noun} (${range}) ${wording.finding}.`;
}
