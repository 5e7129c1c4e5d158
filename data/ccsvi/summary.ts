/** What the card and popup show first: verdict, what it means for you, key points, explanation and the evidence picture. */
import type {
  Based,
  EvidencePicture,
  EvidenceRow,
  ExplanationSection,
  TrialOutcome,
  WhatThisMeans,
} from '../topic-types';
import type { HarmId } from './harms';
import type { StatementId } from './statements';
import type { StudyId } from './studies';

type SourceId = StudyId | StatementId | HarmId;
const trials = ['premise-2014', 'brave-dreams-2018', 'traboulsee-2018', 'cochrane-update'] as const;

export const verdict = {
  text: 'The strongest studies found no evidence that CCSVI causes MS, and careful trials showed the Liberation Procedure does not help people with MS.',
  basedOn: ['cosmo-2013', 'traboulsee-2014', ...trials],
} as const satisfies Based<SourceId>;

/** What the card calls the mention: the idea (CCSVI, by any name) or the treatment. */
export const subjects = {
  condition: 'CCSVI, a proposed vein condition',
  procedure: 'The “Liberation Procedure”, a vein treatment for CCSVI',
} as const;

/** The one plain statement on safety, used in the key points, the story and the Safety tab. */
export const safety = {
  text: 'In trials at expert centres, serious harm from the balloon procedure was rare. Deaths, clots and stents that moved were reported after treatment outside these trials, often with stents.',
  basedOn: ['trials-safety', 'fda-2012-reports', 'burton-2011', 'death-abroad-2010'],
} as const satisfies Based<SourceId>;

export const whatThisMeans = {
  heading: 'What this means for you',
  points: [
    {
      text: 'NICE, the UK health guidance body, says your healthcare professional should talk to you about other treatment options.',
      basedOn: ['nice-ipg640'],
    },
    {
      text: 'NICE describes current MS care as specialist rehabilitation and medicines that aim to ease symptoms and slow MS down.',
      basedOn: ['nice-ipg640'],
    },
    {
      text: 'If you had the procedure, especially with a stent, tell your MS team. The FDA advised keeping to the MS treatment plan from your doctors.',
      basedOn: ['nmss-2012', 'fda-2012'],
    },
  ],
  onCard: [0, 2],
  disclaimer:
    'This is general information, not medical advice. Many people chose this procedure in good faith, and nobody is to blame for hoping.',
} as const satisfies WhatThisMeans<SourceId>;

export const keyPoints = [
  {
    text: 'CCSVI is the idea that narrowed neck and chest veins play a part in MS. Later blinded studies found the vein pattern as often in people without MS.',
    basedOn: ['zamboni-jnnp-2009', 'plos-one-blind', 'cosmo-2013', 'traboulsee-2014'],
  },
  {
    text: 'Three trials compared the procedure with a sham. None found a benefit for disability, relapses, brain scans or quality of life.',
    basedOn: trials,
  },
  safety,
  {
    text: 'Some pooled ultrasound studies still find CCSVI more often in people with MS. That does not show it causes MS, and opening the veins did not help in trials.',
    basedOn: ['laupacis-2011', 'bmjopen-2023', 'cochrane-update'],
  },
  {
    text: 'The UK health guidance body NICE says the procedure should not be used. The US FDA warned about it in 2012, and in 2017 about TVAM.',
    basedOn: ['nice-ipg640', 'fda-2012', 'fda-2017-tvam'],
  },
] as const satisfies readonly Based<SourceId>[];

export const cardPoints = [
  {
    text: 'When scan readers did not know who had MS, they found the vein pattern as often in people without MS.',
    basedOn: ['plos-one-blind', 'cosmo-2013', 'traboulsee-2014'],
  },
  {
    text: 'Three trials compared the real procedure with a fake one. None found a benefit.',
    basedOn: trials,
  },
] as const satisfies readonly Based<SourceId>[];

export const explanation = [
  {
    heading: 'Where the idea came from',
    text: 'In 2006 Paolo Zamboni, a vascular surgeon in Ferrara, Italy, suggested that vein problems might play a part in MS. In 2009 he reported ultrasound scans of 65 people with MS and 235 without. He found narrowed neck and chest veins in every person with MS and in none of the others. He called this CCSVI, short for chronic cerebrospinal venous insufficiency.',
    basedOn: ['zamboni-jnnp-2009'],
  },
  {
    heading: 'The treatment and how it spread',
    text: 'His team then widened these veins in 65 people with MS, using angioplasty. Everyone knew who was treated, and nobody was left untreated for comparison. The team reported improvements. The treatment became known as the “Liberation Procedure”, and many people with MS asked for it. Clinics abroad treated people who travelled there, for example in Costa Rica from June 2010. Some also placed stents, small mesh tubes left in the vein.',
    basedOn: ['zamboni-jvs-2009', 'fda-2012', 'burton-2011', 'death-abroad-2010'],
  },
  {
    heading: 'What stricter studies found',
    text: 'Other teams then looked for CCSVI with blinding. Most found little or no difference between people with and without MS. An Italian study of 136 people found the pattern in 30.9% with MS and 33.8% without. The largest study, CoSMo, checked 1,767 people in Italy. It found CCSVI in 3.26% of people with MS and 2.13% of healthy people. A Canadian study used venography, which is more direct than ultrasound. It found CCSVI in 2% with MS and 3% of healthy people.',
    basedOn: [
      'baracchini-2011',
      'mayer-jnnp',
      'marder-2011',
      'plos-one-blind',
      'cosmo-2013',
      'traboulsee-2014',
    ],
  },
  {
    heading: 'A result of MS, not its cause?',
    text: 'Some researchers think the vein changes may follow MS rather than cause it. In the Italian blinded study, people with MS and CCSVI had had MS longer: 16.5 against 11.5 years on average. A team in Naples called CCSVI in MS a common finding linked to age. Researchers in Buffalo, USA, found it more often in advanced MS. Their lead author said it could be a symptom of MS.',
    basedOn: ['plos-one-blind', 'lanzillo-2013', 'zivadinov-2011'],
  },
  {
    heading: 'Three fair tests of the treatment',
    text: 'The fairest test of a treatment is a randomized, double-blind trial with a sham. Chance decides who gets the real procedure, and nobody knows who had which. Three such trials were done. In PREMiSe (USA, 2014), treated people had more new brain lesions than those given the sham: 19 against 3. After allowing for other factors, new lesions were linked to the procedure. The authors wrote that it may make MS more active. In Brave Dreams (Italy, 2018), led by Zamboni himself, 115 people took part. The procedure gave no real benefit. In a Canadian trial of 104 people (2018), it was no better than the sham.',
    basedOn: trials,
  },
  {
    heading: 'What supporters point to in Brave Dreams',
    text: 'Brave Dreams saw a trend toward more people free of new lesions in months 6 to 12. A trend is a hint, not a proven effect. The trial team still said the procedure cannot be recommended. In 2020 the team published a wider look at the scans of 130 people. Some of its groups were chosen after the results were known. Such an analysis can suggest ideas for new trials, but it cannot prove a benefit.',
    basedOn: ['brave-dreams-2018', 'brave-dreams-2020'],
  },
  {
    heading: 'Why people felt better',
    text: 'Many people said they felt better after the procedure. A registry in British Columbia, Canada, interviewed 76 people treated abroad, twice. At the first interview, 50% said their general health was better. Six months later, only 16% said so. Feeling better can happen without the treatment itself working. That is why fair trials compare the procedure with a sham.',
    basedOn: ['bc-registry-2013'],
  },
  {
    heading: 'Warnings and harms',
    text: `In May 2012 the US FDA warned that the procedure was unproven. It listed serious harms, including death, stroke, blood clots and stents that moved. In 2017 it warned about TVAM, the same vein ballooning promoted for many illnesses. In Canada, doctors described 5 people harmed after treatment abroad. A man from Ontario died in 2010 after the procedure in Costa Rica. ${safety.text} NICE in the UK now says the procedure should not be used.`,
    basedOn: [
      'fda-2012',
      'fda-2017-tvam',
      'burton-2011',
      'death-abroad-2010',
      'trials-safety',
      'nice-ipg640',
    ],
  },
  {
    heading: 'Why NICE and Cochrane seem to disagree',
    text: 'NICE says the procedure is not safe and does not work. Cochrane reviewers called it safe but not helpful. Cochrane looked only at the three trials, where serious harm was rare. Outside trials, deaths and clots were reported. Both agree that it does not help MS.',
    basedOn: ['nice-ipg640', 'cochrane-update', 'trials-safety', 'fda-2012-reports'],
  },
  {
    heading: 'Why some studies still find a link',
    text: 'Some reviews that pool ultrasound studies still find CCSVI more often in people with MS. An early review, from 2011, found that many studies did not report blinding well. The newest, from 2023, pooled 20 studies with 3,069 people. Its results differed a lot from study to study. The link grew stronger when studies by the Zamboni group and treatment supporters were left out. But a link on scans is not proof of cause. And the trials showed that opening the veins does not help MS.',
    basedOn: ['laupacis-2011', 'zwischenberger-2013', 'bmjopen-2023', 'cochrane-update'],
  },
] as const satisfies readonly ExplanationSection<SourceId>[];

type Rows = readonly (EvidenceRow & { readonly studyId: StudyId })[];
type Trials = readonly (TrialOutcome & { readonly studyId: StudyId })[];

export const evidencePicture = {
  title: 'How often CCSVI was found as studies got stricter',
  rows: [
    {
      studyId: 'zamboni-jnnp-2009',
      label: 'First report, 2009',
      method: 'ultrasound',
      status: 'VERIFIED',
      msPercent: 100,
      controlPercent: 0,
      controlLabel: 'people without MS',
      note: 'As later journal articles describe it.',
    },
    {
      studyId: 'plos-one-blind',
      label: 'Italian study, 2013, blinded',
      method: 'ultrasound',
      status: 'VERIFIED',
      msPercent: 30.9,
      controlPercent: 33.8,
      controlLabel: 'people without MS',
    },
    {
      studyId: 'cosmo-2013',
      label: 'CoSMo, 2013, blinded',
      method: 'ultrasound',
      status: 'VERIFIED',
      msPercent: 3.26,
      controlPercent: 2.13,
      controlLabel: 'healthy people',
    },
    {
      studyId: 'traboulsee-2014',
      label: 'Canadian study, 2014, blinded',
      method: 'catheter venography',
      status: 'VERIFIED',
      msPercent: 2,
      controlPercent: 3,
      controlLabel: 'unrelated healthy people',
    },
  ] satisfies Rows,
  trials: [
    {
      studyId: 'premise-2014',
      text: 'PREMiSe (2014): no benefit; more new brain lesions after the procedure.',
    },
    {
      studyId: 'brave-dreams-2018',
      text: 'Brave Dreams (2018): no benefit for daily function or new brain lesions.',
    },
    { studyId: 'traboulsee-2018', text: 'Canadian trial (2018): no better than the sham procedure.' },
  ] satisfies Trials,
  note: 'Share of people found to have CCSVI. In the later studies, the people reading the scans did not know who had MS. They found the pattern about as often without MS.',
} as const satisfies EvidencePicture;
