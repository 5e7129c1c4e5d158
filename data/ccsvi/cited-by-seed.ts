/**
 * The four "Further Reading" references of the seed article (shared/fixtures/seed-article.html),
 * matched to our studies where possible, with what could not be verified.
 */
import type { SeedCitation } from '../topic-types';
import type { StudyId } from './studies';

export const citedBySeed = [
  {
    ref: 1,
    asGiven: 'Zamboni P, Galeotti R, Menegatti E, et al. (April 2009). J. Neurol. Neurosurg. Psychiatr. 80 (4): 392–9',
    studyId: 'zamboni-jnnp-2009',
    verification: 'matches-study',
    unverified: [],
    note: 'This is the first CCSVI report. Later, stricter studies did not confirm it.',
  },
  {
    ref: 2,
    asGiven: '“CCSVI May Be the Result, Not the Cause of MS” by Susan Jeffrey, Medscape Medical News',
    verification: 'not-verified',
    unverified: ['the article itself', 'its date'],
    note: 'We could not find this news article, so we do not rely on it.',
  },
  {
    ref: 3,
    asGiven: 'CCSVI as the Cause of Multiple Sclerosis: The Science Behind the Controversial Theory, by Marie A. Rhodes',
    verification: 'not-verified',
    unverified: ['publisher', 'year'],
    note: 'A book, not a research study. We could not confirm its publisher or year.',
  },
  {
    ref: 4,
    asGiven: 'Zivadinov R, Marr K, Cutter G, et al. Neurology. 2011 Jul 12;77(2):138-44.',
    studyId: 'zivadinov-2011',
    verification: 'partly-verified',
    unverified: ['issue number (2)', 'date 12 July 2011', 'full author list'],
    note: 'This is the Buffalo study (Neurology 2011, volume 77, pages 138–144). We could not confirm the issue number or the date given here.',
  },
] as const satisfies readonly (SeedCitation & { readonly studyId?: StudyId })[];
