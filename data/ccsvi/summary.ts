/** What the card and popup show first: verdict, key points, explanation and the evidence picture. */
import type { Based, EvidencePicture, EvidenceRow, ExplanationSection, TrialOutcome } from '../topic-types';
import type { HarmId } from './harms';
import type { StatementId } from './statements';
import type { StudyId } from './studies';

type SourceId = StudyId | StatementId | HarmId;
const trials = ['premise-2014', 'brave-dreams-2018', 'traboulsee-2018', 'cochrane-update'] as const;

export const verdict = {
  text: 'The strongest studies found no evidence that CCSVI causes MS, and careful trials showed the Liberation Procedure does not help people with MS.',
  basedOn: ['cosmo-2013', 'traboulsee-2014', ...trials],
} as const satisfies Based<SourceId>;

export const keyPoints = [
  {
    text: 'CCSVI is the idea that narrowed neck and chest veins play a part in MS. In large blinded studies, where scan readers did not know who had MS, it was rare in everyone.',
    basedOn: ['zamboni-jnnp-2009', 'cosmo-2013', 'traboulsee-2014'],
  },
  {
    text: 'Three trials compared the procedure with a sham, a fake procedure, so patients did not know which they got. None found a benefit for disability, relapses, brain scans or quality of life.',
    basedOn: trials,
  },
  {
    text: 'The US FDA warned of serious harms after these procedures, including death, stroke and blood clots. It warned again in 2017 about the same idea sold under a new name, TVAM.',
    basedOn: ['fda-2012', 'fda-2017-tvam'],
  },
  {
    text: 'Some ultrasound studies still find CCSVI more often in people with MS. That does not show it causes MS, and opening the veins did not help in trials.',
    basedOn: ['laupacis-2011', 'bmjopen-2023', 'cochrane-update'],
  },
  {
    text: 'The UK health guidance body NICE now says the procedure should not be used. Cochrane reviewers say no more trials are needed.',
    basedOn: ['nice-ipg640', 'cochrane-update'],
  },
] as const satisfies readonly Based<SourceId>[];

export const explanation = [
  {
    heading: 'Where the idea came from',
    text: 'In 2006 Paolo Zamboni, a vascular surgeon at the University of Ferrara in Italy, suggested that vein problems might play a part in MS. In 2009 he reported scanning 65 people with MS and 235 without, using Doppler ultrasound, a scan that shows blood flow. Later summaries say he found narrowed neck and chest veins in every person with MS and in none of the others. He called this CCSVI, short for chronic cerebrospinal venous insufficiency.',
    basedOn: ['zamboni-jnnp-2009'],
  },
  {
    heading: 'The treatment and how it spread',
    text: 'His team then widened these veins in 65 people with MS with a small balloon, called angioplasty. The study was open-label: everyone knew who was treated, and nobody was left untreated for comparison. The team reported improvements, and the treatment became known as the “Liberation Procedure”. Many people with MS asked for it. Clinics abroad, for example in Costa Rica from June 2010, treated people who travelled there, sometimes also placing stents.',
    basedOn: ['zamboni-jvs-2009', 'fda-2012', 'burton-2011', 'mostic-2010'],
  },
  {
    heading: 'What stricter studies found',
    text: 'Other teams then looked for CCSVI with blinding: the people reading the scans did not know who had MS. Most found little or no difference between people with and without MS. The largest, the Italian CoSMo study of 1,767 people, found CCSVI in 3.26% of people with MS and 2.13% of healthy people. A Canadian study used venography, an X-ray of the veins with dye, which is more direct than ultrasound. It found CCSVI in 2% of people with MS and 3% of healthy people. A study in Buffalo, USA, found it more often in MS (63%) than in healthy people (26%), but its authors said this argues against CCSVI being a main cause.',
    basedOn: ['baracchini-2011', 'mayer-jnnp', 'marder-2011', 'plos-one-blind', 'cosmo-2013', 'traboulsee-2014', 'zivadinov-2011'],
  },
  {
    heading: 'Three fair tests of the treatment',
    text: 'The fairest test of a treatment is a randomized sham-controlled trial. Chance decides who is treated, and the others get a fake procedure, so nobody knows who was really treated. Three such trials were done. In PREMiSe (USA, 2014), treated patients had more new brain lesions (areas of MS damage on MRI) than those given the sham: 19 against 3, a difference that could be chance. In Brave Dreams (Italy, 2018), led by Zamboni himself, 115 people took part and the procedure gave no real benefit. In a Canadian trial of 104 people (2018), it was no better than the sham. A Cochrane review of all three trials, with 238 people in total, concluded that the procedure is safe but does not work.',
    basedOn: trials,
  },
  {
    heading: 'Warnings and harms',
    text: 'In May 2012 the US FDA warned that the procedure was unproven. It listed serious harms, including death, stroke, blood clots and stents that moved. In 2017 it warned again about the same treatment sold as TVAM. In Canada, doctors described 5 people harmed after treatment abroad, and a man from Ontario died in 2010 after the procedure in Costa Rica. In the trials, serious harm from the procedure itself was rare. NICE in the UK now says the procedure should not be used.',
    basedOn: ['fda-2012', 'fda-2017-tvam', 'burton-2011', 'mostic-2010', 'trials-safety', 'nice-ipg640'],
  },
  {
    heading: 'Why some studies still find a link',
    text: 'Some reviews that pool ultrasound studies still find CCSVI more often in people with MS. The most recent, from 2023, pooled 20 studies with 3,069 people. But the results differed a lot from study to study, and many studies did not report blinding well. A link seen on scans is not proof of cause. And the trials showed that opening the veins does not help MS.',
    basedOn: ['laupacis-2011', 'zwischenberger-2013', 'bmjopen-2023', 'cochrane-update'],
  },
] as const satisfies readonly ExplanationSection<SourceId>[];

type Rows = readonly (EvidenceRow & { readonly studyId: StudyId })[];
type Trials = readonly (TrialOutcome & { readonly studyId: StudyId })[];

export const evidencePicture = {
  title: 'How often CCSVI was found as studies got stricter',
  rows: [
    {
      studyId: 'zamboni-jnnp-2009', label: 'First report, 2009', method: 'ultrasound', status: 'VERIFIED-2',
      msPercent: 100, controlPercent: 0, controlLabel: 'people without MS', note: 'As later summaries describe it.',
    },
    {
      studyId: 'zivadinov-2011', label: 'Buffalo study, 2011', method: 'ultrasound', status: 'VERIFIED-2',
      msPercent: 63, controlPercent: 26, controlLabel: 'healthy people', note: 'Figures circulate in two versions; this is one summary of the paper.',
    },
    {
      studyId: 'cosmo-2013', label: 'CoSMo, 2013, blinded', method: 'ultrasound', status: 'VERIFIED',
      msPercent: 3.26, controlPercent: 2.13, controlLabel: 'healthy people',
    },
    {
      studyId: 'traboulsee-2014', label: 'Canadian study, 2014, blinded', method: 'catheter venography', status: 'VERIFIED',
      msPercent: 2, controlPercent: 3, controlLabel: 'unrelated healthy people',
    },
  ] satisfies Rows,
  trials: [
    { studyId: 'premise-2014', text: 'PREMiSe (2014): no benefit; more new brain lesions after treatment, possibly by chance.' },
    { studyId: 'brave-dreams-2018', text: 'Brave Dreams (2018): no benefit for daily function or new brain lesions.' },
    { studyId: 'traboulsee-2018', text: 'Canadian trial (2018): no better than the sham procedure.' },
  ] satisfies Trials,
  note: 'Share of people found to have CCSVI. Later studies were larger and hid who had MS from the people reading the scans.',
} as const satisfies EvidencePicture;
