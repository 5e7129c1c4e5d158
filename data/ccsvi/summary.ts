/**
 * What the card and popup show first (verdict, what it means for you, key points, explanation and the
 * evidence picture): here, what each text rests on and the figures of the picture; the words are in
 * data/ccsvi/text/, under the same keys.
 */
import type { EvidenceRow } from '../topic-types';
import type { TopicText } from './text/en';
import type { HarmId } from './harms';
import type { StatementId } from './statements';
import type { StudyId } from './studies';

type SourceId = StudyId | StatementId | HarmId;
type Basis = readonly SourceId[];
const trials = ['premise-2014', 'brave-dreams-2018', 'traboulsee-2018', 'cochrane-update'] as const;

export const verdictBasis = ['cosmo-2013', 'traboulsee-2014', ...trials] as const satisfies Basis;

/** The one plain statement on safety, used in the key points, the story and the Safety tab. */
export const safetyBasis = [
  'trials-safety',
  'fda-2012-reports',
  'burton-2011',
  'death-abroad-2010',
] as const satisfies Basis;

export const whatThisMeansBasis = {
  talkToProfessional: ['nice-ipg640'],
  currentCare: ['nice-ipg640'],
  hadProcedure: ['nmss-2012', 'fda-2012'],
} as const satisfies Record<keyof TopicText['whatThisMeans']['points'], Basis>;

/** which points the card has room for: the next steps */
export const whatThisMeansOnCard = [
  'talkToProfessional',
  'hadProcedure',
] as const satisfies readonly (keyof TopicText['whatThisMeans']['points'])[];

/** The key points in order; `safety` is the safety statement. */
export const keyPointsBasis = {
  idea: ['zamboni-jnnp-2009', 'plos-one-blind', 'cosmo-2013', 'traboulsee-2014'],
  trials,
  safety: safetyBasis,
  pooled: ['laupacis-2011', 'bmjopen-2023', 'cochrane-update'],
  guidance: ['nice-ipg640', 'fda-2012', 'fda-2017-tvam'],
} as const satisfies Record<keyof TopicText['keyPoints'] | 'safety', Basis>;

export const cardPointsBasis = {
  blinded: ['plos-one-blind', 'cosmo-2013', 'traboulsee-2014'],
  trials,
} as const satisfies Record<keyof TopicText['cardPoints'], Basis>;

export const explanationBasis = {
  origin: ['zamboni-jnnp-2009'],
  spread: ['zamboni-jvs-2009', 'fda-2012', 'burton-2011', 'death-abroad-2010'],
  stricter: [
    'baracchini-2011',
    'mayer-jnnp',
    'marder-2011',
    'plos-one-blind',
    'cosmo-2013',
    'traboulsee-2014',
  ],
  consequence: ['plos-one-blind', 'lanzillo-2013', 'zivadinov-2011'],
  fairTests: trials,
  supporters: ['brave-dreams-2018', 'brave-dreams-2020'],
  feltBetter: ['bc-registry-2013'],
  harms: ['fda-2012', 'fda-2017-tvam', 'burton-2011', 'death-abroad-2010', 'trials-safety', 'nice-ipg640'],
  niceCochrane: ['nice-ipg640', 'cochrane-update', 'trials-safety', 'fda-2012-reports'],
  link: ['laupacis-2011', 'zwischenberger-2013', 'bmjopen-2023', 'cochrane-update'],
} as const satisfies Record<keyof TopicText['explanation'], Basis>;

type RowFigures = Omit<EvidenceRow, 'label' | 'method' | 'controlLabel' | 'note'> & {
  readonly studyId: keyof TopicText['evidencePicture']['rows'];
};

/** "How often CCSVI was found as studies got stricter": the figures, in the picture's order. */
export const evidenceRows = [
  { studyId: 'zamboni-jnnp-2009', status: 'VERIFIED', msPercent: 100, controlPercent: 0 },
  { studyId: 'plos-one-blind', status: 'VERIFIED', msPercent: 30.9, controlPercent: 33.8 },
  { studyId: 'cosmo-2013', status: 'VERIFIED', msPercent: 3.26, controlPercent: 2.13 },
  { studyId: 'traboulsee-2014', status: 'VERIFIED', msPercent: 2, controlPercent: 3 },
] as const satisfies readonly RowFigures[];

/** The trials under the picture, in order (their lines are in the text). */
export const evidenceTrials = [
  'premise-2014',
  'brave-dreams-2018',
  'traboulsee-2018',
] as const satisfies readonly (keyof TopicText['evidencePicture']['trials'])[];
