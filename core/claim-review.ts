/**
 * Whether the page is itself a fact-check of the topic: schema.org ClaimReview markup (the markup
 * fact-checkers publish for search engines) whose claim is about the topic. Reads parsed JSON-LD.
 */
import { isObject, typedNodes, typesOf, type Json } from './json-ld';

export interface FactCheck {
  /** who checked: the review's author, else its publisher */
  by: string;
  /** the claim checked, as the page states it */
  claim?: string;
  /** the page's own verdict, e.g. 'False' */
  rating?: string;
}

function nameOf(v: Json): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim() || undefined;
  if (isObject(first) && typeof first.name === 'string') return first.name.trim() || undefined;
  return undefined;
}

/** The first ClaimReview about the topic (`isAboutTopic` decides from its claim and the item reviewed). */
export function findFactCheck(
  blocks: readonly Json[],
  isAboutTopic: (text: string) => boolean,
): FactCheck | null {
  const reviews = blocks
    .flatMap((b) => [...typedNodes(b, ['@graph', 'mainEntity', 'hasPart', 'review'], 5)])
    .filter((node) => typesOf(node).some((t) => /^(?:\w+:)?ClaimReview$/.test(t)));
  for (const review of reviews) {
    const claim = typeof review.claimReviewed === 'string' ? review.claimReviewed.trim() : undefined;
    const item = isObject(review.itemReviewed) ? review.itemReviewed : {};
    const about = [
      claim,
      nameOf(item),
      typeof item.description === 'string' ? item.description : undefined,
      typeof review.name === 'string' ? review.name : undefined,
      typeof review.headline === 'string' ? review.headline : undefined,
    ]
      .filter((t): t is string => !!t)
      .join('\n');
    if (!about || !isAboutTopic(about)) continue;
    const by = nameOf(review.author) ?? nameOf(review.publisher);
    if (!by) continue;
    const rating =
      isObject(review.reviewRating) && typeof review.reviewRating.alternateName === 'string'
        ? review.reviewRating.alternateName.trim()
        : undefined;
    return { by, ...(claim ? { claim } : {}), ...(rating ? { rating } : {}) };
  }
  return null;
}
