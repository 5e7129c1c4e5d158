/** A page's own dates in its schema.org JSON-LD (core/page-date.ts). */
import { agree, notFuture, parseDateValue, type PartialDate } from './date-values';
import { typedNodes, typesOf, type Json } from './json-ld';

/** Types whose dates are the page's own (the page is, or is about, this one work). */
const ARTICLE_TYPE =
  /^(?:\w+:)?(?:Article|NewsArticle|BlogPosting|ScholarlyArticle|Report|MedicalScholarlyArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|AdvertiserContentArticle|SatiricalArticle|TechArticle|SocialMediaPosting|DiscussionForumPosting|LiveBlogPosting|Question|ClaimReview|MedicalWebPage|WebPage|ItemPage|AboutPage|QAPage|FAQPage|CreativeWork)$/;
const PAGE_TYPE = /^(?:\w+:)?(?:WebPage|ItemPage|AboutPage|QAPage|FAQPage|MedicalWebPage|CreativeWork)$/;

export function jsonLdDates(blocks: readonly Json[], keys: readonly string[], now: Date): PartialDate | null {
  // The nodes that describe the page itself: top level, @graph members, and a page's mainEntity.
  const nodes = blocks
    .flatMap((b) => [...typedNodes(b, ['@graph', 'mainEntity'], 3)])
    .filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
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
