/**
 * Dates the article itself shows: <time> and microdata stamps, and dated bylines (core/page-date.ts).
 * Each reader sorts what it finds into published and updated dates.
 */
import { notFuture, parseDateValue, parseWrittenDate, type PartialDate } from './date-values';
import { isOutsideArticle } from './outside-article';

const UPDATED_LABEL = /updated|modified|aktualisiert|mis à jour|aggiornat|actualizad|bijgewerkt/i;

function stampValue(el: Element): string | null {
  return (
    el.getAttribute('datetime') ??
    el.getAttribute('content') ??
    (el.localName === 'abbr' ? el.getAttribute('title') : null)
  );
}

/** Published and updated stamps in the article: <time>, microdata datePublished, hAtom `.published`. */
export function articleStamps(
  doc: Document,
  now: Date,
): { published: PartialDate[]; updated: PartialDate[] } {
  const published: PartialDate[] = [];
  const updated: PartialDate[] = [];
  const selector = [
    '[itemprop="datePublished"]',
    '[itemprop="dateModified"]',
    'time[pubdate]',
    'abbr.published',
    'abbr.updated',
    'time.published',
    'time.updated',
    'time.entry-date',
    'article header time[datetime]',
    'header time[datetime]',
    '[class*="byline"] time[datetime]',
    '[class*="meta"] time[datetime]',
    '[class*="date"] time[datetime]',
    'time[class*="date"]',
    'time[class*="stamp"]',
  ].join(', ');
  // The few elements that can be stamps first (a selector of class substrings on every element costs more).
  for (const el of Array.from(doc.body?.querySelectorAll('time, abbr, [itemprop]') ?? [])) {
    if (!el.matches(selector) || el.localName === 'meta' || isOutsideArticle(el)) continue;
    const value = stampValue(el);
    const date = value ? notFuture(parseDateValue(value), now) : null;
    if (!date) continue;
    const label = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''}`;
    const isUpdated = /dateModified/.test(label) || (UPDATED_LABEL.test(label) && !/published/.test(label));
    (isUpdated ? updated : published).push(date);
  }
  return { published, updated };
}

const BYLINE_CLASS =
  '[class*="byline"], [class*="posted"], [class*="submitted"], [class*="dateline"], [class*="post-meta"], [class*="entry-meta"], [class*="article-meta"], [class*="date-header"], [class*="publish"]';

/** Short texts that say when the article was written: byline-like elements, and the few lines right below the title. */
function bylineTexts(doc: Document): string[] {
  const texts: string[] = [];
  const add = (el: Element | null) => {
    if (!el || isOutsideArticle(el)) return;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 0 && text.length <= 200) texts.push(text);
  };
  for (const el of Array.from(doc.body?.querySelectorAll(BYLINE_CLASS) ?? []).slice(0, 20)) add(el);
  const h1s = doc.body?.querySelectorAll('h1') ?? [];
  if (h1s.length === 1) {
    let el: Element | null = h1s[0]!;
    // The title's next few elements (or its header's, when the title is the header's last child).
    if (!el.nextElementSibling && el.parentElement?.localName === 'header') el = el.parentElement;
    for (let i = 0, next = el.nextElementSibling; next && i < 3; i++, next = next.nextElementSibling)
      add(next);
  }
  return texts;
}

export function bylineDates(doc: Document, now: Date): { published: PartialDate[]; updated: PartialDate[] } {
  const published: PartialDate[] = [];
  const updated: PartialDate[] = [];
  for (const text of bylineTexts(doc)) {
    // "Published 3 May 2011, updated 9 June 2014": each part on its own.
    for (const part of text.split(
      /[|·•;]|(?=\b(?:updated|modified|last (?:updated|modified|reviewed))\b)/i,
    )) {
      const date = notFuture(parseWrittenDate(part), now);
      if (!date) continue;
      (UPDATED_LABEL.test(part) || /last reviewed/i.test(part) ? updated : published).push(date);
    }
  }
  return { published, updated };
}
