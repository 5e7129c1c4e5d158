/** A page's own dates in its schema.org JSON-LD (core/page-date.ts). */
import { agree, notFuture, parseDateValue, type PartialDate } from './date-values';

export type Json = unknown;
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

export function jsonLdDates(blocks: readonly Json[], keys: readonly string[], now: Date): PartialDate | null {
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
