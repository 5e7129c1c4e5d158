/**
 * Dated events, 2006-2023, only as precise as the source (see SOURCES.md). Low-confidence entries
 * (a 2007 treatment, the Sept 2009 Bologna talk, a 2012 celebrity anecdote, the 2014 TVAM paper, an
 * expert statement and a society announcement known only from blogs) are left out.
 */
import type { TimelineEvent } from '../topic-types';
import type { HarmId } from './harms';
import type { StatementId } from './statements';
import type { StudyId } from './studies';

type CcsviEvent = TimelineEvent & { readonly basedOn?: readonly (StudyId | StatementId | HarmId)[] };

export const timeline = [
  { date: '2006-11', kind: 'event', status: 'VERIFIED-2', label: 'Zamboni links vein problems and MS in an essay', sourceUrl: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4049975' },
  { date: '2008-12-05', kind: 'publication', status: 'VERIFIED', label: 'First CCSVI report online', basedOn: ['zamboni-jnnp-2009'] },
  { date: '2009', kind: 'publication', status: 'VERIFIED-2', label: 'First treatment study, with no comparison group', basedOn: ['zamboni-jvs-2009'] },
  { date: '2009', kind: 'event', status: 'VERIFIED-2', label: 'Canadian TV coverage late in the year; demand for the treatment surges', sourceUrl: 'https://www.ctvnews.ca/ms-patient-describes-life-after-liberation-treatment-1.501622' },
  { date: '2010-04-14', kind: 'event', status: 'VERIFIED', label: 'US National MS Society and American Academy of Neurology host a web forum', sourceUrl: 'https://docslib.org/doc/13363248/hello-and-welcome-everyone' },
  { date: '2010-06', kind: 'event', status: 'VERIFIED-2', label: 'A clinic in Costa Rica starts offering the procedure', basedOn: ['death-abroad-2010'] },
  { date: '2010-10-19', kind: 'event', status: 'VERIFIED-2', label: 'A Canadian man dies after treatment in Costa Rica', basedOn: ['death-abroad-2010'] },
  { date: '2011-01', kind: 'publication', status: 'VERIFIED-2', label: 'No evidence of CCSVI at MS onset', basedOn: ['baracchini-2011'] },
  { date: '2011-04-13', kind: 'publication', status: 'VERIFIED-2', label: 'Buffalo study online', basedOn: ['zivadinov-2011'] },
  { date: '2011-05-23', kind: 'event', status: 'VERIFIED', label: 'Dutch ruling: not established practice', basedOn: ['cvz-2011'] },
  { date: '2011-06', kind: 'event', status: 'VERIFIED', label: 'Canada decides to fund a treatment trial', sourceUrl: 'https://www.cp24.com/feds-approve-controversial-ms-therapy-trials-1.663560' },
  { date: '2011-08-24', kind: 'event', status: 'VERIFIED', label: 'NICE draft: research only', basedOn: ['nice-draft-2011'] },
  { date: '2011-09', kind: 'event', status: 'VERIFIED-2', label: 'Calgary doctors report harms after treatment abroad', basedOn: ['burton-2011'] },
  { date: '2011-10-03', kind: 'publication', status: 'VERIFIED', label: 'Meta-analysis: a link on ultrasound, very mixed results', basedOn: ['laupacis-2011'] },
  { date: '2012-03', kind: 'event', status: 'VERIFIED-2', label: 'NICE guidance: research only', basedOn: ['nice-ipg420'] },
  { date: '2012-05-10', kind: 'event', status: 'VERIFIED', label: 'FDA safety warning', basedOn: ['fda-2012', 'fda-2012-reports', 'nmss-2012'] },
  { date: '2012-08', kind: 'event', status: 'VERIFIED', label: 'Brave Dreams trial starts', basedOn: ['brave-dreams-2018'] },
  { date: '2012-09-28', kind: 'event', status: 'VERIFIED', label: 'Canadian sham-controlled trial approved', basedOn: ['traboulsee-2018'] },
  { date: '2012-12', kind: 'publication', status: 'VERIFIED', label: 'Cochrane review: no randomized trials yet', basedOn: ['cochrane-2012'] },
  { date: '2013-02-13', kind: 'publication', status: 'VERIFIED', label: 'Naples study: CCSVI common in MS and linked to age', basedOn: ['lanzillo-2013'] },
  { date: '2013-09-06', kind: 'publication', status: 'VERIFIED', label: 'CoSMo study published', basedOn: ['cosmo-2013'] },
  { date: '2013-10-03', kind: 'publication', status: 'VERIFIED', label: 'British Columbia registry: early benefits people reported did not last', basedOn: ['bc-registry-2013'] },
  { date: '2013-10-09', kind: 'publication', status: 'VERIFIED-2', label: 'Canadian venography study online', basedOn: ['traboulsee-2014'] },
  { date: '2013-11', kind: 'publication', status: 'VERIFIED', label: 'Second meta-analysis: a modest link, no evidence of cause', basedOn: ['zwischenberger-2013'] },
  { date: '2014-06-27', kind: 'publication', status: 'VERIFIED', label: 'PREMiSe trial online: no benefit, possible harm', basedOn: ['premise-2014'] },
  { date: '2017-03-08', kind: 'event', status: 'VERIFIED', label: 'FDA warns about the rebranded procedure, TVAM', basedOn: ['fda-2017-tvam'] },
  { date: '2017-11', kind: 'publication', status: 'VERIFIED-2', label: 'Brave Dreams trial: no benefit', basedOn: ['brave-dreams-2018'] },
  { date: '2018-08-30', kind: 'event', status: 'VERIFIED', label: 'Search date of the Cochrane update (not its publication date), which covers the three trials', basedOn: ['cochrane-update'] },
  { date: '2018-09', kind: 'publication', status: 'VERIFIED-2', label: 'Canadian trial: no benefit', basedOn: ['traboulsee-2018'] },
  { date: '2019-11-17', kind: 'publication', status: 'VERIFIED', label: 'Brave Dreams team publishes a wider look at its brain scans', basedOn: ['brave-dreams-2020'] },
  { date: '2023', kind: 'publication', status: 'VERIFIED', label: 'Meta-analysis still finds a link on ultrasound, very mixed results', basedOn: ['bmjopen-2023'] },
] as const satisfies readonly CcsviEvent[];
