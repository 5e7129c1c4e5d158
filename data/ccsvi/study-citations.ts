/**
 * What a page that cites one of the CCSVI studies should tell its reader: how the citation is
 * recognised (beyond the DOI, PMID and registration in studies.ts) and what became of the study.
 * Every outcome line restates facts already in studies.ts, summary.ts or the research sheet.
 * PMC ids and publisher pages are the ones the sheet itself read the study on.
 */
import type { DecisiveEvidence, StudyCitation, TopicCitations } from '../topic-types';
import type { StudyId } from './studies';

const studies = {
  'zamboni-jnnp-2009': {
    label: 'Zamboni 2009',
    role: 'the first CCSVI report',
    outcome:
      'Later blinded studies did not find the same. The largest found CCSVI rare, and about as common without MS.',
    pages: ['jnnp.bmj.com/content/80/4/392'],
    journalAliases: ['Journal of Neurology, Neurosurgery and Psychiatry', 'JNNP'],
  },
  'zamboni-jvs-2009': {
    label: 'Zamboni 2009, treatment study',
    role: 'the first treatment study, with no comparison group',
    outcome: 'Three later sham-controlled trials found that the treatment does not help.',
    journalAliases: ['Journal of Vascular Surgery'],
  },
  'zivadinov-2011': {
    label: 'Zivadinov 2011',
    role: 'the Buffalo ultrasound study',
    outcome: 'Its own authors said the results argue against CCSVI as a main cause of MS.',
  },
  'cosmo-2013': {
    label: 'CoSMo 2013',
    role: 'the largest blinded study',
    outcome: 'It found CCSVI rare in everyone and not linked to MS.',
    journalAliases: ['Multiple Sclerosis Journal'],
  },
  'traboulsee-2014': {
    label: 'Traboulsee 2014',
    role: 'a blinded study with venography, the most direct test',
    outcome: 'CCSVI was rare in people with and without MS.',
    journalAliases: ['The Lancet'],
  },
  'mayer-jnnp': {
    label: 'Mayer, JNNP',
    role: 'a small blinded ultrasound study',
    outcome: 'It found no sign of CCSVI in MS. Larger blinded studies later found no link with MS either.',
    pages: ['jnnp.bmj.com/content/82/4/436'],
    journalAliases: ['Journal of Neurology, Neurosurgery and Psychiatry', 'JNNP'],
  },
  'baracchini-2011': {
    label: 'Baracchini 2011',
    role: 'a study of people at the start of MS',
    outcome: 'It found no evidence of CCSVI at MS onset. Larger blinded studies later found no link with MS.',
    journalAliases: ['Annals of Neurology'],
  },
  'marder-2011': {
    label: 'Marder 2011',
    role: 'a study of US veterans',
    outcome: 'Veterans with MS had no more vein drainage problems than people without MS.',
    journalAliases: ['Archives of Neurology'],
  },
  'plos-one-blind': {
    label: 'PLoS One blind-verified study',
    role: 'a blinded ultrasound study',
    outcome: 'CCSVI was about as common without MS as with it.',
  },
  'simka-funct-neurol': {
    label: 'Simka, Funct Neurol',
    role: 'records of a clinic that offered the treatment',
    outcome: 'With no comparison group it could not show a link with MS. Blinded studies later found none.',
    pmcid: 'PMC3814563',
    journalAliases: ['Functional Neurology'],
  },
  'premise-2014': {
    label: 'PREMiSe 2014',
    role: 'the first sham-controlled trial',
    outcome:
      'No benefit, and more new brain lesions after treatment, possibly by chance. Two more trials also found no benefit.',
    pmcid: 'PMC4132574',
  },
  'brave-dreams-2018': {
    label: 'Brave Dreams 2018',
    role: 'a sham-controlled trial led by Zamboni',
    outcome: 'No real benefit. Its authors said the procedure cannot be recommended.',
    pmcid: 'PMC5833494',
    journalAliases: ['JAMA Neurology'],
  },
  'traboulsee-2018': {
    label: 'Traboulsee 2018',
    role: 'the Canadian sham-controlled trial',
    outcome:
      'The procedure was no better than the sham. A Cochrane review of the three trials found it does not work.',
  },
  'laupacis-2011': {
    label: 'Laupacis 2011',
    role: 'a review pooling ultrasound studies',
    outcome:
      'It found a link on ultrasound but no firm conclusion. Later trials showed the treatment does not help.',
    journalAliases: ['Canadian Medical Association Journal'],
  },
  'zwischenberger-2013': {
    label: 'Zwischenberger 2013',
    role: 'a review pooling ultrasound studies',
    outcome: 'A modest link on ultrasound, with no evidence that CCSVI causes MS.',
    journalAliases: ['Vascular and Endovascular Surgery'],
  },
  'cochrane-2012': {
    label: 'Cochrane review 2012',
    role: 'the first Cochrane review',
    outcome:
      'It found no finished trials yet. Its update, after three sham-controlled trials, found the procedure does not work.',
    dois: ['10.1002/14651858.CD009903.pub2'],
    journalAliases: ['Cochrane Database of Systematic Reviews', 'Cochrane Database Syst Rev'],
  },
  'cochrane-update': {
    label: 'Cochrane review update',
    role: 'the review of the three sham-controlled trials',
    outcome: 'It found the procedure safe but not helpful, and said no more trials are needed.',
    dois: ['10.1002/14651858.CD009903.pub3'],
    journalAliases: ['Cochrane Database of Systematic Reviews', 'Cochrane Database Syst Rev'],
  },
  'bmjopen-2023': {
    label: 'BMJ Open 2023',
    role: 'a recent review pooling ultrasound studies',
    outcome: 'Still a link on ultrasound, with large differences between studies. That does not show cause.',
  },
  'bc-registry-2013': {
    label: 'BC registry 2013',
    role: 'interviews of people treated abroad',
    outcome: 'Benefits that people felt early on did not last.',
  },
  'lanzillo-2013': {
    label: 'Lanzillo 2013',
    role: 'an ultrasound study in Naples',
    outcome:
      'Its authors found CCSVI common in MS and linked to age. The largest blinded study found no link with MS.',
    journalAliases: ['BMC Neurology'],
  },
  'brave-dreams-2020': {
    label: 'Brave Dreams analysis 2020',
    role: 'a later look at the Brave Dreams trial',
    outcome: 'Some groups were chosen after the results were known. Such an analysis cannot prove a benefit.',
    pmcid: 'PMC6970429',
    journalAliases: ['Journal of Endovascular Therapy'],
  },
} as const satisfies Record<StudyId, StudyCitation>;

/** The three sham-controlled trials: a page written before them did not know how the story ended. */
const decisive = {
  studyIds: ['premise-2014', 'brave-dreams-2018', 'traboulsee-2018'] satisfies StudyId[],
  noun: 'sham-controlled trial',
  finding: 'found the procedure does not help',
} as const satisfies DecisiveEvidence;

export const citations = { studies, decisive } as const satisfies TopicCitations;
