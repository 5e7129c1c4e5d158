/**
 * The line that tells a reader a page predates the evidence that settled its subject:
 * "This page is from March 2011. Since then, three sham-controlled trials (2014–2018) found the
 * procedure does not help." Nothing when the page is as recent as the evidence, or undated.
 */
import type { PartialDate } from './date-values';
import type { PageDate } from './page-date';

export interface EvidenceEvent {
  /** when it was first published, as precise as known ('2014', '2017-11', '2018-09-12') */
  date: PartialDate;
  /** the year the reader knows it by (its print year) */
  year: number;
}

/** The line's words in one language (data/ccsvi/text/<lang>.ts, `pageAge`). */
export interface PageAgeText {
  /** 'This page is from March 2011.' (`date` already formatted) */
  published(p: { date: string }): string;
  /** 'This page was last updated in March 2011.' */
  updated(p: { date: string }): string;
  /** 'Since then, three sham-controlled trials (2014–2018) found …': `count` of the `total` came later */
  since(p: { count: number; total: number; years: string }): string;
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

/** 'March 2011' (or '2011'), in the reader's language when given, English otherwise. */
export function formatPageDate(date: PartialDate, locale = 'en'): string {
  const [y, m] = date.split('-').map(Number) as [number, number?];
  if (m === undefined) return String(y);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

/** Whether every one of the decisive events came after the page (its age line then names them all). */
export function allEventsAfter(
  page: Pick<PageDate, 'date'> | null,
  events: readonly EvidenceEvent[],
): boolean {
  return page !== null && events.length > 0 && events.every((e) => certainlyAfter(e.date, page.date));
}

export function pageAgeLine(
  page: Pick<PageDate, 'date' | 'updated'> | null,
  events: readonly EvidenceEvent[],
  text: PageAgeText,
  locale = 'en',
): string | null {
  if (!page || events.length === 0) return null;
  const later = events.filter((e) => certainlyAfter(e.date, page.date));
  if (later.length === 0) return null;
  const laterYears = later.map((e) => e.year);
  const from = Math.min(...laterYears);
  const to = Math.max(...laterYears);
  const years = from === to ? String(from) : `${from}–${to}`;
  const date = formatPageDate(page.date, locale);
  const first = page.updated ? text.updated({ date }) : text.published({ date });
  return `${first} ${text.since({ count: later.length, total: events.length, years })}`;
}
