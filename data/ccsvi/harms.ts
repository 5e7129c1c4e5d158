/** Reported complications and deaths, stated with their sources (SOURCES.md says where each was checked). */
import type { HarmFacts } from '../fact-types';
import type { StatementId } from './statements';
import type { StudyId } from './studies';

type CcsviHarm = HarmFacts & { readonly basedOn?: readonly (StudyId | StatementId)[] };

export const harms = [
  {
    id: 'fda-2012-reports',
    date: '2012-05-10',
    basedOn: ['fda-2012'],
    status: 'VERIFIED',
    url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm303318.htm',
  },
  {
    id: 'fda-2017-tvam-reports',
    date: '2017-03-08',
    basedOn: ['fda-2017-tvam'],
    status: 'VERIFIED',
    url: 'https://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm545286.htm',
  },
  {
    id: 'burton-2011',
    date: '2011-09',
    status: 'VERIFIED-2',
    citation: 'Burton JM, Alikhani K, Goyal M, et al. Can J Neurol Sci 2011;38(5):741–6',
    url: 'https://cambridge.org/core/journals/canadian-journal-of-neurological-sciences/article/complications-in-ms-patients-after-ccsvi-procedures-abroad-calgary-ab/DE99CE927F9694B2B5B69C25AB1D58BE',
  },
  {
    id: 'death-abroad-2010',
    date: '2010-10-19',
    status: 'VERIFIED-2',
    url: 'https://www.theglobeandmail.com/news/national/death-of-ms-patient-fuels-debate-over-new-treatment/article1314786/',
  },
  {
    id: 'trials-safety',
    basedOn: ['premise-2014', 'traboulsee-2018', 'cochrane-update'],
    status: 'VERIFIED-2',
    url: 'https://doi.org/10.1002/14651858.CD009903.pub3',
  },
  {
    id: 'treating-centres-2013',
    status: 'VERIFIED',
    doi: '10.1016/j.jvs.2013.05.108',
    url: 'https://www.jvascsurg.org/article/S0741-5214(13)01144-0/fulltext',
  },
] as const satisfies readonly CcsviHarm[];

export type HarmId = (typeof harms)[number]['id'];
