/**
 * Words a lay reader may not know, explained where they are first used: their ids, in the order the
 * views list them. The words, the forms to look for and the explanations are per language
 * (data/ccsvi/text/, `glossary`); each explanation is written without the other words of the list,
 * so it never needs an explanation itself.
 */
import type { TopicText } from './text/en';

export const glossaryIds = [
  'double-blind',
  'blinding',
  'sham',
  'angioplasty',
  'venography',
  'lesion',
  'case-control',
  'prevalence',
  'meta-analysis',
  'odds-ratio',
  'adverse-event',
  'tvam',
  'disease-modifying',
] as const satisfies readonly (keyof TopicText['glossary'])[];
