/** Regulators, health bodies and MS societies. A date is given only when verified; sources in SOURCES.md. */
import type { StatementFacts } from '../fact-types';

export const statements = [
  {
    id: 'fda-2012',
    kind: 'regulator',
    date: '2012-05-10',
    status: 'VERIFIED',
    url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm303318.htm',
  },
  {
    id: 'fda-2017-tvam',
    kind: 'regulator',
    date: '2017-03-08',
    status: 'VERIFIED',
    url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm545286.htm',
  },
  {
    id: 'nice-draft-2011',
    kind: 'health-technology-assessment',
    date: '2011-08-24',
    status: 'VERIFIED',
    url: 'http://www.nice.org.uk/newsroom/pressreleases/PercutanousVenoplastyForCCSVIInMSDraftGuidanceForConsultation.jsp',
  },
  {
    id: 'nice-ipg420',
    kind: 'health-technology-assessment',
    date: '2012-03',
    status: 'VERIFIED-2',
    url: 'http://www.nice.org.uk/newsroom/pressreleases/NICEEncouragesResearchForMSOperation.jsp',
  },
  {
    id: 'nice-ipg640',
    kind: 'health-technology-assessment',
    status: 'VERIFIED',
    url: 'https://www.nice.org.uk/guidance/ipg640/informationforpublic',
  },
  {
    id: 'cvz-2011',
    kind: 'health-technology-assessment',
    date: '2011-05-23',
    status: 'VERIFIED',
    url: 'https://english.zorginstituutnederland.nl/publications/reports/2011/05/23/treating-ms-ccsvi-by-cerebrospinal-vein-dilatation',
  },
  {
    id: 'ms-society-uk',
    kind: 'ms-society',
    status: 'VERIFIED',
    url: 'https://www.mssociety.org.uk/research/explore-our-research/emerging-research-and-treatments/chronic-cerebrospinal-venous-insufficiency---ccsvi',
  },
  {
    id: 'ms-society-canada',
    kind: 'ms-society',
    status: 'VERIFIED',
    url: 'https://scleroseenplaques.ca/sujets-dactualite/insuffisance-veineuse-cephalorachidienne-chronique',
  },
  {
    id: 'nmss-2012',
    kind: 'ms-society',
    date: '2012-05-10',
    status: 'VERIFIED',
    url: 'http://www.nationalmssociety.org/About-the-Society/News/FDA-Issues-Safety-Communication-About-Procedures-t',
  },
  {
    id: 'ms-ireland',
    kind: 'ms-society',
    status: 'VERIFIED',
    url: 'https://ms-society.ie/research/latest-news-research/warnings-ccsvi',
  },
] as const satisfies readonly StatementFacts[];

export type StatementId = (typeof statements)[number]['id'];
