/**
 * When a page was published, read from its own markup (no `browser` calls, no network): schema.org
 * JSON-LD, then <meta> tags, then a published <time>/microdata stamp in the article, then a date in the
 * URL path, then a dated byline. A source that gives two different dates is skipped as unsure; an
 * "updated" stamp is used only when no published date is found. Returns null when unsure.
 */

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', only as precise as the page says. */
export type PartialDate = string;

export type PageDateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'byline';

export interface PageDate {
  date: PartialDate;
  source: PageDateSource;
  /** true when only an "updated"/"modified" stamp was found */
  updated: boolean;
}

const MONTHS: Record<string, number> = {};
// English, German, French, Italian, Spanish, Dutch and Portuguese month names (and common short forms).
const MONTH_NAMES = [
  'january|jan|januar|janvier|janv|gennaio|gen|enero|ene|januari|janeiro',
  'february|feb|februar|février|fevrier|févr|fevr|febbraio|febrero|februari|fevereiro|fev',
  'march|mar|märz|maerz|mars|marzo|maart|março|marco',
  'april|apr|avril|avr|aprile|abril|abr',
  'may|mai|maggio|mag|mayo|mei|maio',
  'june|jun|juni|juin|giugno|giu|junio|junho',
  'july|jul|juli|juillet|juil|luglio|lug|julio|julho',
  'august|aug|août|aout|agosto|ago|augustus',
  'september|sep|sept|septembre|settembre|set|septiembre|setembro',
  'october|oct|oktober|okt|octobre|ottobre|ott|octubre|oktober|outubro|out',
  'november|nov|novembre|noviembre|novembro',
  'december|dec|dezember|dez|décembre|decembre|déc|dicembre|dic|diciembre|dezembro',
];
MONTH_NAMES.forEach((names, i) => {
  for (const name of names.split('|')) MONTHS[name] ??= i + 1;
});
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function build(y: number, m?: number, d?: number): PartialDate | null {
  if (y < 1990 || y > 2100) return null;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A date from a machine-readable value: ISO 8601 (with or without time and zone; the calendar date as
 * written, not moved to UTC), 'YYYY/MM/DD', 'YYYYMMDD', 'YYYY-MM', 'YYYY', or a written date.
 */
export function parseDateValue(value: string): PartialDate | null {
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?=$|[T\s])/.exec(v);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})$/.exec(v);
  if (m) return build(Number(m[1]));
  return parseWrittenDate(v);
}

/** The first written date in a text: '12 March 2011', 'March 12, 2011', 'Mar 2011', '24. Juli 2017', 'Sat, 12 Mar 2011'. */
export function parseWrittenDate(text: string): PartialDate | null {
  const t = text.toLowerCase();
  const dayFirst = new RegExp(
    `(?:^|[^\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(${MONTH_RE})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
    'u',
  ).exec(t);
  const monthFirst = new RegExp(
    `(?:^|[^\\p{L}])(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
    'u',
  ).exec(t);
  const candidates: Array<{ index: number; date: PartialDate | null }> = [];
  if (dayFirst)
    candidates.push({
      index: dayFirst.index,
      date: build(Number(dayFirst[3]), MONTHS[dayFirst[2]!], Number(dayFirst[1])),
    });
  if (monthFirst)
    candidates.push({
      index: monthFirst.index,
      date: build(Number(monthFirst[3]), MONTHS[monthFirst[1]!], Number(monthFirst[2])),
    });
  if (candidates.length === 0) {
    const monthYear = new RegExp(`(?:^|[^\\p{L}])(${MONTH_RE})\\.?,?\\s+(\\d{4})(?!\\d)`, 'u').exec(t);
    if (monthYear) return build(Number(monthYear[2]), MONTHS[monthYear[1]!]);
    const iso = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(t);
    if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return null;
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]!.date;
}

/** Dates after `now` (plus a day for time zones) are not a page's publication date. */
function notFuture(date: PartialDate | null, now: Date): PartialDate | null {
  if (!date) return null;
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(y, m - 1, d) <= now.getTime() + 86_400_000 ? date : null;
}

/**
 * One answer from several readings of the same source: they must agree (a less precise reading that
 * fits a more precise one agrees with it). Returns the most precise, or null when they disagree.
 */
export function agree(dates: readonly PartialDate[]): PartialDate | null {
  if (dates.length === 0) return null;
  const best = [...dates].sort((a, b) => b.length - a.length)[0]!;
  return dates.every((d) => best.startsWith(d)) ? best : null;
}

// ---- JSON-LD -------------------------------------------------------------------------------------

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Types whose dates are the page's own (the page is, or is about, this one work). */
const ARTICLE_TYPE =
  /^(?:\w+:)?(?:Article|NewsArticle|BlogPosting|ScholarlyArticle|Report|MedicalScholarlyArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|AdvertiserContentArticle|SatiricalArticle|TechArticle|SocialMediaPosting|DiscussionForumPosting|LiveBlogPosting|Question|ClaimReview|MedicalWebPage|WebPage|ItemPage|AboutPage|QAPage|FAQPage|CreativeWork)$/;
const PAGE_TYPE = /^(?:\w+:)?(?:WebPage|ItemPage|AboutPage|QAPage|FAQPage|MedicalWebPage|CreativeWork)$/;

function typesOf(node: Record<string, Json>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The nodes that describe the page itself: top level, @graph members, and a page's mainEntity. */
function pageNodes(data: Json): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 3) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    if (typesOf(v).length > 0) out.push(v);
    if (isObject(v.mainEntity) || Array.isArray(v.mainEntity)) visit(v.mainEntity, depth + 1);
  };
  visit(data, 0);
  return out;
}

/** Parsed JSON-LD blocks of the document (unparsable or huge blocks are skipped). */
export function readJsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (text.length > 300_000) continue;
    try {
      out.push(JSON.parse(text));
    } catch {
      // Some sites leave raw control characters in strings; read those once more without them.
      try {
        // eslint-disable-next-line no-control-regex -- these control characters are what is removed
        out.push(JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')));
      } catch {
        // not JSON: ignored
      }
    }
  }
  return out;
}

function jsonLdDates(blocks: readonly Json[], keys: readonly string[], now: Date): PartialDate | null {
  const nodes = blocks.flatMap(pageNodes).filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  // Articles first; the web page's own record only when no article has the date.
  const articles = nodes.filter((n) => !typesOf(n).every((t) => PAGE_TYPE.test(t)));
  for (const group of [articles, nodes]) {
    for (const key of keys) {
      const dates = group.flatMap((n) => {
        const v = n[key];
        const values = Array.isArray(v) ? v : [v];
        return values
          .flatMap((x) => (typeof x === 'string' ? [notFuture(parseDateValue(x), now)] : []))
          .filter((d): d is string => d !== null);
      });
      if (dates.length > 0) return agree(dates);
    }
  }
  return null;
}

// ---- meta tags -----------------------------------------------------------------------------------

const PUBLISHED_META = [
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
const UPDATED_META = [
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
function metaValues(doc: Document): Map<string, string[]> {
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

function metaDate(meta: Map<string, string[]>, keys: readonly string[], now: Date): PartialDate | null {
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

// ---- the article's own stamps ------------------------------------------------------------------

/** Comments, sidebars, related-post lists, navigation and site footers: their dates are not the page's. */
const NOT_THE_PAGE =
  /(?:^|[\s_-])(?:comments?|commentlist|respond|reply|replies|sidebar|widgets?|related|recent|popular|trending|more-stories|recommend\w*|teaser|promo|discussion|disqus)(?:$|[\s_-])/i;

/** Whether an element sits in a part of the page that is not the page's own article (see NOT_THE_PAGE). */
export function isOutsideArticle(el: Element): boolean {
  for (
    let node: Element | null = el;
    node && node !== node.ownerDocument.documentElement;
    node = node.parentElement
  ) {
    const tag = node.localName;
    if (tag === 'head') return false;
    if (tag === 'aside' || tag === 'nav') return true;
    if (tag === 'footer' && !node.closest('article, main, [role="main"]')) return true;
    const label = `${node.id} ${typeof node.className === 'string' ? node.className : ''}`;
    if (NOT_THE_PAGE.test(label)) return true;
  }
  return false;
}

const UPDATED_LABEL = /updated|modified|aktualisiert|mis à jour|aggiornat|actualizad|bijgewerkt/i;

function stampValue(el: Element): string | null {
  return (
    el.getAttribute('datetime') ??
    el.getAttribute('content') ??
    (el.localName === 'abbr' ? el.getAttribute('title') : null)
  );
}

/** Published and updated stamps in the article: <time>, microdata datePublished, hAtom `.published`. */
function articleStamps(doc: Document, now: Date): { published: PartialDate[]; updated: PartialDate[] } {
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

// ---- URL -----------------------------------------------------------------------------------------

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

// ---- bylines -------------------------------------------------------------------------------------

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

function bylineDates(doc: Document, now: Date): { published: PartialDate[]; updated: PartialDate[] } {
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

// ---- all together ----------------------------------------------------------------------------------

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

/** The page's publication date, or null when unsure. */
export function findPageDate(input: PageDateInput): PageDate | null {
  for (const step of pageDateSteps(input)) {
    const date = step();
    if (date) return date;
  }
  return null;
}
