/**
 * When a page was published, read from its own markup (no `browser` calls, no network): schema.org
 * JSON-LD, then <meta> tags, then a published <time>/microdata stamp in the article, then a date in the
 * URL path, then a dated byline. A source that gives two different dates is skipped as unsure; an
 * "updated" stamp is used only when no published date is found. Returns null when unsure.
 */
import { agree, MONTHS, build, notFuture, type PartialDate } from './date-values';
import { articleStamps, bylineDates } from './page-date-article';
import { readJsonLd, type Json } from './json-ld';
import { jsonLdDates } from './page-date-json-ld';
import { metaDate, metaValues, PUBLISHED_META, UPDATED_META } from './page-date-meta';

export type PageDateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'byline';

export interface PageDate {
  date: PartialDate;
  source: PageDateSource;
  /** true when only an "updated"/"modified" stamp was found */
  updated: boolean;
}

/** '/2010/11/22/slug', '/2010/11/slug', '/2016/nov/29/slug', '/2010-11-22-slug'. Year-only paths are too weak. */
export function urlDate(url: string): PartialDate | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname).toLowerCase();
  } catch {
    return null;
  }
  let m = /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3})\/(?:(\d{1,2})\/)?/.exec(path);
  if (m) {
    const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : MONTHS[m[2]!];
    if (month !== undefined) return build(Number(m[1]), month, m[3] ? Number(m[3]) : undefined);
  }
  m = /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})[/_.-]/.exec(path);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export interface PageDateInput {
  doc: Document;
  url: string;
  now?: Date;
}

/** The steps, most trusted first; each is small, so a caller can yield to the page between them. */
export function pageDateSteps({ doc, url, now = new Date() }: PageDateInput): Array<() => PageDate | null> {
  let jsonLd: Json[] | null = null;
  let meta: Map<string, string[]> | null = null;
  let stamps: ReturnType<typeof articleStamps> | null = null;
  let bylines: ReturnType<typeof bylineDates> | null = null;
  const found = (date: PartialDate | null, source: PageDateSource, updated = false): PageDate | null =>
    date ? { date, source, updated } : null;
  return [
    () => found(jsonLdDates((jsonLd ??= readJsonLd(doc)), ['datePublished', 'dateCreated'], now), 'json-ld'),
    () => found(metaDate((meta ??= metaValues(doc)), PUBLISHED_META, now), 'meta'),
    () => found(agree((stamps ??= articleStamps(doc, now)).published), 'time'),
    () => found(notFuture(urlDate(url), now), 'url'),
    () => found(agree((bylines ??= bylineDates(doc, now)).published), 'byline'),
    // Second choice: only an "updated" stamp.
    () => found(jsonLdDates((jsonLd ??= readJsonLd(doc)), ['dateModified'], now), 'json-ld', true),
    () => found(metaDate((meta ??= metaValues(doc)), UPDATED_META, now), 'meta', true),
    () => found(agree((stamps ??= articleStamps(doc, now)).updated), 'time', true),
    () => found(agree((bylines ??= bylineDates(doc, now)).updated), 'byline', true),
  ];
}
