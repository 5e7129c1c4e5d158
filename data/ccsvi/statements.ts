/** Regulators, health bodies and MS societies. A date is given only when verified; sources in SOURCES.md. */
import type { Statement } from '../topic-types';

export const statements = [
  {
    id: 'fda-2012',
    body: 'US Food and Drug Administration (FDA)',
    kind: 'regulator',
    date: '2012-05-10',
    status: 'VERIFIED',
    summary:
      'No reliable evidence from controlled trials that the procedure helps MS. The criteria for diagnosing CCSVI are not well established. It listed serious harms.',
    url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm303318.htm',
  },
  {
    id: 'fda-2017-tvam',
    body: 'US Food and Drug Administration (FDA)',
    kind: 'regulator',
    date: '2017-03-08',
    status: 'VERIFIED',
    summary:
      'Warned about TVAM: ballooning the jugular and other veins, promoted for nerve problems in many illnesses, including MS. There is no evidence it is safe or helpful. The balloons are approved only for arteries. This adds to the 2012 warning.',
    url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm545286.htm',
  },
  {
    id: 'nice-draft-2011',
    body: 'NICE (UK), draft guidance',
    kind: 'health-technology-assessment',
    date: '2011-08-24',
    status: 'VERIFIED',
    summary: 'Use only in research; sham-controlled trials encouraged.',
    url: 'http://www.nice.org.uk/newsroom/pressreleases/PercutanousVenoplastyForCCSVIInMSDraftGuidanceForConsultation.jsp',
  },
  {
    id: 'nice-ipg420',
    body: 'NICE (UK), guidance IPG420',
    kind: 'health-technology-assessment',
    date: '2012-03',
    status: 'VERIFIED-2',
    summary: 'Evidence not good enough; use only in research.',
    url: 'http://www.nice.org.uk/newsroom/pressreleases/NICEEncouragesResearchForMSOperation.jsp',
  },
  {
    id: 'nice-ipg640',
    body: 'NICE (UK), guidance IPG640',
    kind: 'health-technology-assessment',
    status: 'VERIFIED',
    summary:
      'Replaced IPG420: the procedure should not be used, because the evidence shows it is not safe and does not work. Your healthcare professional should talk to you about other treatment options.',
    url: 'https://www.nice.org.uk/guidance/ipg640/informationforpublic',
  },
  {
    id: 'cvz-2011',
    body: 'CVZ (now Zorginstituut Nederland), Netherlands',
    kind: 'health-technology-assessment',
    date: '2011-05-23',
    status: 'VERIFIED',
    summary:
      'Ruled that vein ballooning for MS is not established medical practice and has no evidence that it works.',
    url: 'https://english.zorginstituutnederland.nl/publications/reports/2011/05/23/treating-ms-ccsvi-by-cerebrospinal-vein-dilatation',
  },
  {
    id: 'ms-society-uk',
    body: 'MS Society (UK)',
    kind: 'ms-society',
    status: 'VERIFIED',
    summary:
      'Treatment trials did not reduce symptoms or MRI damage, and might make relapses and MRI activity worse.',
    url: 'https://www.mssociety.org.uk/research/explore-our-research/emerging-research-and-treatments/chronic-cerebrospinal-venous-insufficiency---ccsvi',
  },
  {
    id: 'ms-society-canada',
    body: 'MS Society of Canada',
    kind: 'ms-society',
    status: 'VERIFIED',
    summary: 'Research as a whole suggests no link between CCSVI and MS. It helped fund the Canadian trial.',
    url: 'https://scleroseenplaques.ca/sujets-dactualite/insuffisance-veineuse-cephalorachidienne-chronique',
  },
  {
    id: 'nmss-2012',
    body: 'National MS Society (US)',
    kind: 'ms-society',
    date: '2012-05-10',
    status: 'VERIFIED',
    summary:
      'Passed on the FDA’s advice: talk with a neurologist who knows MS before any such procedure. Anyone who has one should keep to the MS treatment plan from their health care providers.',
    url: 'http://www.nationalmssociety.org/About-the-Society/News/FDA-Issues-Safety-Communication-About-Procedures-t',
  },
  {
    id: 'ms-ireland',
    body: 'MS Ireland',
    kind: 'ms-society',
    status: 'VERIFIED',
    summary: 'Passed on the FDA warnings of 2012 to its members.',
    url: 'https://ms-society.ie/research/latest-news-research/warnings-ccsvi',
  },
] as const satisfies readonly Statement[];

export type StatementId = (typeof statements)[number]['id'];
