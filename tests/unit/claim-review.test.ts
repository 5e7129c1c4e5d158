import { findFactCheck } from '../../core/claim-review';

const aboutCcsvi = (text: string) => /ccsvi|liberation (procedure|therapy)/i.test(text);

const review = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  claimReviewed: 'The liberation procedure cures multiple sclerosis',
  author: { '@type': 'Organization', name: 'Health Feedback' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'Incorrect' },
  ...extra,
});

test('a ClaimReview about the topic: who checked, the claim and its rating', () => {
  expect(findFactCheck([review({})], aboutCcsvi)).toEqual({
    by: 'Health Feedback',
    claim: 'The liberation procedure cures multiple sclerosis',
    rating: 'Incorrect',
  });
});

test('found inside @graph and arrays; the publisher when there is no author', () => {
  const graph = {
    '@graph': [{ '@type': 'WebPage' }, review({ author: undefined, publisher: [{ name: 'AFP Factuel' }] })],
  };
  expect(findFactCheck([[graph]], aboutCcsvi)?.by).toBe('AFP Factuel');
});

test('the item reviewed can say what the claim is about', () => {
  const r = review({
    claimReviewed: 'Opening neck veins cures MS',
    itemReviewed: { '@type': 'Claim', name: 'CCSVI treatment claim' },
  });
  expect(findFactCheck([r], aboutCcsvi)?.claim).toBe('Opening neck veins cures MS');
});

test('a fact-check about something else, or with no checker named, is not reported', () => {
  expect(findFactCheck([review({ claimReviewed: 'Vitamin D cures colds' })], aboutCcsvi)).toBeNull();
  expect(findFactCheck([review({ author: undefined })], aboutCcsvi)).toBeNull();
  expect(findFactCheck([{ '@type': 'Article', headline: 'CCSVI' }], aboutCcsvi)).toBeNull();
  expect(findFactCheck([], aboutCcsvi)).toBeNull();
});
