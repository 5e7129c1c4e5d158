/** Regulators, health bodies and MS societies (sheet section 5). A date is given only when verified. */
import type { Statement } from '../topic-types';

export const statements = [
  {
    id: 'fda-2012', body: 'US Food and Drug Administration (FDA)', kind: 'regulator', date: '2012-05-10', status: 'VERIFIED',
    summary: 'No reliable evidence from controlled trials that the procedure helps MS, and the criteria for diagnosing CCSVI are not well established. Listed serious harms.',
    url: 'http://www.accessdata.fda.gov/scripts/cdrh/cfdocs/medsun/news/printer.cfm?id=1676',
  },
  {
    id: 'fda-2017-tvam', body: 'US Food and Drug Administration (FDA)', kind: 'regulator', date: '2017-03-08', status: 'VERIFIED',
    summary: 'Warned about the same vein ballooning sold as “transvascular autonomic modulation” (TVAM): no evidence it is safe or helpful; the balloons are approved only for arteries.',
    url: 'https://safetyalertregistry.com/alerts/10028',
  },
  {
    id: 'nice-draft-2011', body: 'NICE (UK), draft guidance', kind: 'health-technology-assessment', date: '2011-08-24', status: 'VERIFIED',
    summary: 'Use only in research; sham-controlled trials encouraged.',
    url: 'https://interventionalnews.com/nice-encourages-research-for-percutaneous-venoplasty-to-relieve-multiple-sclerosis-symptoms/',
  },
  {
    id: 'nice-ipg420', body: 'NICE (UK), guidance IPG420', kind: 'health-technology-assessment', date: '2012-03', status: 'VERIFIED-2',
    summary: 'Evidence not good enough; use only in research.',
    url: 'https://multiple-sclerosis-research.blogspot.com/2012/03/nice-ccsvi.html',
  },
  {
    id: 'nice-ipg640', body: 'NICE (UK), guidance IPG640', kind: 'health-technology-assessment', status: 'VERIFIED',
    summary: 'Replaced IPG420: the procedure should not be used, because the evidence shows it is not safe and does not work.',
    url: 'https://www.nice.org.uk/guidance/ipg640/informationforpublic',
  },
  {
    id: 'cvz-2011', body: 'CVZ (now Zorginstituut Nederland), Netherlands', kind: 'health-technology-assessment', date: '2011-05-23', status: 'VERIFIED',
    summary: 'Ruled that vein ballooning for MS is not established medical practice and has no evidence that it works.',
    url: 'https://english.zorginstituutnederland.nl/publications/reports/2011/05/23/treating-ms-ccsvi-by-cerebrospinal-vein-dilatation',
  },
  {
    id: 'ms-society-uk', body: 'MS Society (UK)', kind: 'ms-society', status: 'VERIFIED',
    summary: 'Treatment trials did not reduce symptoms or MRI damage, and might make relapses and MRI activity worse.',
    url: 'https://www.mssociety.org.uk/research/explore-our-research/emerging-research-and-treatments/chronic-cerebrospinal-venous-insufficiency---ccsvi',
  },
  {
    id: 'ms-society-canada', body: 'MS Society of Canada', kind: 'ms-society', status: 'VERIFIED',
    summary: 'Research as a whole suggests no link between CCSVI and MS. It helped fund the Canadian trial.',
    url: 'https://scleroseenplaques.ca/sujets-dactualite/insuffisance-veineuse-cephalorachidienne-chronique',
  },
  {
    id: 'nmss-2010', body: 'National MS Society (US)', kind: 'ms-society', date: '2010', status: 'VERIFIED-2',
    summary: 'Not enough evidence that CCSVI causes MS; people should stay on their disease-modifying treatment (medicines that slow MS).',
    url: 'http://mjnickum-mynewbook.blogspot.com/2010/04/ccsvi.html',
  },
  {
    id: 'aism-2012', body: 'Italian MS Society (AISM) and its foundation (FISM)', kind: 'ms-society', date: '2012-10-12', status: 'VERIFIED-2',
    summary: 'Funded the CoSMo study and announced its result: no link between CCSVI and MS.',
    url: 'https://ccsvi-sm.org/la-nostra-storia/13-european-committee-for-treatment-and-research-in-multiple-sclerosis-lione-12-ottobre-2012/',
  },
  {
    id: 'ectrims-2011', body: 'ECTRIMS, EFNS and ENS MS Scientist Panel', kind: 'professional-body', date: '2011-10', status: 'VERIFIED-2',
    summary: 'No reason to see CCSVI as a key cause of MS; “liberation procedures” carry high risk and lack a scientific basis.',
    url: 'https://ms-selfie.blog/2011/10/17/ectrims-statement-on-ccsvi-the-big-idea-to-the-perfect-crime/',
  },
  {
    id: 'ms-ireland', body: 'MS Ireland', kind: 'ms-society', status: 'VERIFIED',
    summary: 'Passed on the FDA warnings of 2012 to its members.',
    url: 'https://ms-society.ie/research/latest-news-research/warnings-ccsvi',
  },
] as const satisfies readonly Statement[];

export type StatementId = (typeof statements)[number]['id'];
