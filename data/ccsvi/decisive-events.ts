/** When the decisive studies came out: what a page's date is measured against (core/page-age.ts). */
import type { EvidenceEvent } from '../../core/page-age';
import type { StudyFacts, TimelineFacts } from '../fact-types';
import { studies } from './studies';
import { timeline } from './timeline';

/** When each decisive study was first published (its earliest publication event) and its print year. */
export function decisiveEvents(
  studyIds: readonly string[],
  allStudies: readonly Pick<StudyFacts, 'id' | 'year'>[] = studies,
  events: readonly Pick<TimelineFacts, 'kind' | 'basedOn' | 'date'>[] = timeline,
): EvidenceEvent[] {
  return studyIds.flatMap((id) => {
    const study = allStudies.find((s) => s.id === id);
    const dates = events
      .filter((e) => e.kind === 'publication' && e.basedOn?.includes(id))
      .map((e) => e.date as string)
      .sort();
    const date = dates[0];
    const year = study?.year ?? (date ? Number(date.slice(0, 4)) : undefined);
    return date && year ? [{ date, year }] : [];
  });
}
