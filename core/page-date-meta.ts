/** A page's dates in its <meta> tags, published and updated (core/page-date.ts). */
import { agree, notFuture, parseDateValue, type PartialDate } from './date-values';
import { isOutsideArticle } from './outside-article';

export const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'pdate',
];
export const UPDATED_META = [
  'article:modified_time',
  'og:updated_time',
  'og:article:modified_time',
  'datemodified',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'revision_date',
];

/** Every <meta> value by its lower-cased name, property or itemprop (microdata <meta itemprop> in the body included). */
export function metaValues(doc: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    if (isOutsideArticle(meta)) continue;
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = map.get(key) ?? [];
      list.push(content);
      map.set(key, list);
    }
  }
  return map;
}

export function metaDate(
  meta: Map<string, string[]>,
  keys: readonly string[],
  now: Date,
): PartialDate | null {
  for (const key of keys) {
    const values = meta.get(key);
    if (!values) continue;
    const dates = values.map((v) => notFuture(parseDateValue(v), now)).filter((d): d is string => d !== null);
    // Two different values for one key: unsure about that key; try the next.
    const date = agree(dates);
    if (date) return date;
  }
  return null;
}
