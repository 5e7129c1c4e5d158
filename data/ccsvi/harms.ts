/** Reported complications and deaths, stated with their sources (SOURCES.md says where each was checked). */
import type { Harm } from '../topic-types';
import type { StatementId } from './statements';
import type { StudyId } from './studies';

type CcsviHarm = Harm & { readonly basedOn?: readonly (StudyId | StatementId)[] };

export const harms = [
  {
    id: 'fda-2012-reports',
    label: 'FDA reports, 2012',
    date: '2012-05-10',
    basedOn: ['fda-2012'],
    status: 'VERIFIED',
    text: 'The FDA had learned of deaths, strokes, stents coming loose or moving, and damage to the treated vein. It also listed blood clots, nerve damage in the head and bleeding in the abdomen.',
    url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm303318.htm',
  },
  {
    id: 'fda-2017-tvam-reports',
    label: 'FDA reports on TVAM, 2017',
    date: '2017-03-08',
    basedOn: ['fda-2017-tvam'],
    status: 'VERIFIED',
    text: 'A burst balloon that travelled to the lung, and at least one death. Also clots in brain veins, nerve damage in the head and bleeding in the abdomen.',
    url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm545286.htm',
  },
  {
    id: 'burton-2011',
    label: 'Calgary case series, 2011',
    date: '2011-09',
    status: 'VERIFIED-2',
    text: 'Doctors in Calgary, Canada, described 5 people with MS harmed after treatment abroad. They had clots in stents (mesh tubes left in the vein) and in brain veins. One stent moved, and some had nerve or catheter injuries.',
    citation: 'Burton JM, Alikhani K, Goyal M, et al. Can J Neurol Sci 2011;38(5):741–6',
    url: 'https://cambridge.org/core/journals/canadian-journal-of-neurological-sciences/article/complications-in-ms-patients-after-ccsvi-procedures-abroad-calgary-ab/DE99CE927F9694B2B5B69C25AB1D58BE',
  },
  {
    id: 'death-abroad-2010',
    label: 'A death after treatment abroad, 2010',
    date: '2010-10-19',
    status: 'VERIFIED-2',
    text: 'A man with MS from Ontario, Canada, was treated at a clinic in Costa Rica in June 2010. A stent in his vein later became blocked. He died in October 2010 after treatment to dissolve a clot; bleeding inside the body was suspected. News reports called it the first Canadian death after the treatment abroad.',
    citation: 'News reports, November 2010',
    url: 'https://www.theglobeandmail.com/news/national/death-of-ms-patient-fuels-debate-over-new-treatment/article1314786/',
  },
  {
    id: 'trials-safety',
    label: 'Safety in the trials',
    basedOn: ['premise-2014', 'traboulsee-2018', 'cochrane-update'],
    status: 'VERIFIED-2',
    text: 'In the three sham-controlled trials, serious harm from the balloon procedure was rare. PREMiSe reported no complications during or just after the procedure. In the Canadian trial, serious adverse events happened to 10% after venoplasty and 2% after sham. The trial team judged them not caused by it.',
    url: 'https://doi.org/10.1002/14651858.CD009903.pub3',
  },
  {
    id: 'treating-centres-2013',
    label: 'Treating centres’ own records, 2013',
    status: 'VERIFIED',
    text: 'Centres offering the treatment reported few complications in their own records (one torn vein among 1,202 patients), with no comparison group.',
    citation: 'Retrospective series, J Vasc Surg 2013',
    doi: '10.1016/j.jvs.2013.05.108',
    url: 'https://www.jvascsurg.org/article/S0741-5214(13)01144-0/fulltext',
  },
] as const satisfies readonly CcsviHarm[];

export type HarmId = (typeof harms)[number]['id'];
