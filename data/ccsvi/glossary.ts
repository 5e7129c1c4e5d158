/**
 * Words a lay reader may not know, explained where they are first used. Each explanation is written
 * without the other words of this list, so it never needs an explanation itself.
 */
import type { GlossaryEntry } from '../topic-types';

export const glossary = [
  {
    id: 'double-blind',
    term: 'Double-blind',
    forms: ['double-blind'],
    explanation: 'Neither the patients nor the people judging the results knew who had the real treatment.',
  },
  {
    id: 'blinding',
    term: 'Blinded',
    forms: ['blinded', 'blinding', 'blind'],
    explanation:
      'The people reading the scans or judging the results did not know who had MS or who was treated.',
  },
  {
    id: 'sham',
    term: 'Sham',
    forms: ['sham'],
    explanation: 'A fake procedure that looks like the real one. Nobody in the trial knows who had which.',
  },
  {
    id: 'angioplasty',
    term: 'Angioplasty, venoplasty, PTA',
    forms: ['angioplasty', 'venoplasty', 'pta'],
    explanation:
      'Widening a narrowed vein from inside with a small balloon. This is the Liberation Procedure.',
  },
  {
    id: 'venography',
    term: 'Venography',
    forms: ['venography', 'venogram', 'venograms'],
    explanation: 'An X-ray of the veins, taken after dye is put into them through a thin tube.',
  },
  {
    id: 'lesion',
    term: 'Lesion',
    forms: ['lesion', 'lesions'],
    explanation: 'An area of damage from MS that shows on a brain scan (MRI).',
  },
  {
    id: 'case-control',
    term: 'Case-control study',
    forms: ['case-control'],
    explanation: 'A study that compares people who have an illness with people who do not.',
  },
  {
    id: 'prevalence',
    term: 'Prevalence',
    forms: ['prevalence'],
    explanation: 'How common something is in a group of people.',
  },
  {
    id: 'meta-analysis',
    term: 'Meta-analysis',
    forms: ['meta-analysis', 'meta-analyses'],
    explanation: 'A study that pools the results of earlier studies to get one overall answer.',
  },
  {
    id: 'odds-ratio',
    term: 'Odds ratio',
    forms: ['odds ratio'],
    explanation:
      'A number for how strongly two things go together. 1 means no link; higher means a stronger link.',
  },
  {
    id: 'adverse-event',
    term: 'Adverse event',
    forms: ['adverse event', 'adverse events'],
    explanation: 'Any health problem during a trial, whether the treatment caused it or not.',
  },
  {
    id: 'tvam',
    term: 'TVAM',
    forms: ['tvam', 'transvascular autonomic modulation'],
    explanation:
      'Short for “transvascular autonomic modulation”. It is a later name for ballooning neck veins, sold for many illnesses.',
  },
  {
    id: 'disease-modifying',
    term: 'Disease-modifying treatment',
    forms: ['disease-modifying'],
    explanation: 'A long-term medicine for MS that aims to slow the illness down.',
  },
] as const satisfies readonly GlossaryEntry[];
