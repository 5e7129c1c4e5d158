/**
 * What a page that cites one of the CCSVI studies should tell its reader: how the citation is
 * recognised (beyond the DOI, PMID and registration in studies.ts) and what became of the study.
 * Its role and outcome lines are in the text (data/ccsvi/text/), keyed by study id; they restate
 * facts already in studies.ts, summary.ts or the research sheet.
 * PMC ids and publisher pages are the ones the sheet itself read the study on.
 */
import type { StudyCitationFacts } from '../fact-types';
import type { DecisiveEvidence } from '../topic-types';
import type { StudyId } from './studies';

const studies = {
  'zamboni-jnnp-2009': {
    label: 'Zamboni 2009',
    pages: ['jnnp.bmj.com/content/80/4/392'],
    journalAliases: ['Journal of Neurology, Neurosurgery and Psychiatry', 'JNNP'],
  },
  'zamboni-jvs-2009': {
    label: 'Zamboni 2009, treatment study',
    journalAliases: ['Journal of Vascular Surgery'],
  },
  'zivadinov-2011': {
    label: 'Zivadinov 2011',
  },
  'cosmo-2013': {
    label: 'CoSMo 2013',
    journalAliases: ['Multiple Sclerosis Journal'],
  },
  'traboulsee-2014': {
    label: 'Traboulsee 2014',
    journalAliases: ['The Lancet'],
  },
  'mayer-jnnp': {
    label: 'Mayer, JNNP',
    pages: ['jnnp.bmj.com/content/82/4/436'],
    journalAliases: ['Journal of Neurology, Neurosurgery and Psychiatry', 'JNNP'],
  },
  'baracchini-2011': {
    label: 'Baracchini 2011',
    journalAliases: ['Annals of Neurology'],
  },
  'marder-2011': {
    label: 'Marder 2011',
    journalAliases: ['Archives of Neurology'],
  },
  'plos-one-blind': {
    label: 'PLoS One blind-verified study',
  },
  'simka-funct-neurol': {
    label: 'Simka, Funct Neurol',
    pmcid: 'PMC3814563',
    journalAliases: ['Functional Neurology'],
  },
  'premise-2014': {
    label: 'PREMiSe 2014',
    pmcid: 'PMC4132574',
  },
  'brave-dreams-2018': {
    label: 'Brave Dreams 2018',
    pmcid: 'PMC5833494',
    journalAliases: ['JAMA Neurology'],
  },
  'traboulsee-2018': {
    label: 'Traboulsee 2018',
  },
  'laupacis-2011': {
    label: 'Laupacis 2011',
    journalAliases: ['Canadian Medical Association Journal'],
  },
  'zwischenberger-2013': {
    label: 'Zwischenberger 2013',
    journalAliases: ['Vascular and Endovascular Surgery'],
  },
  'cochrane-2012': {
    label: 'Cochrane review 2012',
    dois: ['10.1002/14651858.CD009903.pub2'],
    journalAliases: ['Cochrane Database of Systematic Reviews', 'Cochrane Database Syst Rev'],
  },
  'cochrane-update': {
    label: 'Cochrane review update',
    dois: ['10.1002/14651858.CD009903.pub3'],
    journalAliases: ['Cochrane Database of Systematic Reviews', 'Cochrane Database Syst Rev'],
  },
  'bmjopen-2023': {
    label: 'BMJ Open 2023',
  },
  'bc-registry-2013': {
    label: 'BC registry 2013',
  },
  'lanzillo-2013': {
    label: 'Lanzillo 2013',
    journalAliases: ['BMC Neurology'],
  },
  'brave-dreams-2020': {
    label: 'Brave Dreams analysis 2020',
    pmcid: 'PMC6970429',
    journalAliases: ['Journal of Endovascular Therapy'],
  },
} as const satisfies Record<StudyId, StudyCitationFacts>;

/** The three sham-controlled trials: a page written before them did not know how the story ended. */
const decisive = {
  studyIds: ['premise-2014', 'brave-dreams-2018', 'traboulsee-2018'] satisfies StudyId[],
} as const satisfies DecisiveEvidence;

export const citations = { studies, decisive } as const;
