/**
 * The Studies list: every study and every statement of a topic as one list, with a kind the reader can
 * filter by and a year to sort by. Pure, so the list view stays presentational and testable.
 */
import type { Statement, Study, StudyRole, Topic } from '../../data/topic-types';
import { yearOf } from './format';

export type EvidenceKind = 'original' | 'prevalence' | 'trial' | 'review';

/** The kinds, in the filter's order; their names are the topic's (`views.kinds`). */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['original', 'prevalence', 'trial', 'review'];

const KIND_OF_ROLE: Record<StudyRole, EvidenceKind> = {
  'original-claim': 'original',
  'open-label-treatment': 'original',
  prevalence: 'prevalence',
  'randomized-trial': 'trial',
  'follow-up-analysis': 'trial',
  registry: 'original',
  'meta-analysis': 'review',
  review: 'review',
};

export function kindOfRole(role: StudyRole): EvidenceKind {
  return KIND_OF_ROLE[role];
}

export function kindLabel(kind: EvidenceKind, views: Topic['views']): string {
  return views.kinds[kind].one;
}

export type EvidenceItem =
  | { type: 'study'; id: string; kind: EvidenceKind; year: number | undefined; title: string; study: Study }
  | {
      type: 'statement';
      id: string;
      kind: 'review';
      year: number | undefined;
      title: string;
      statement: Statement;
    };

export function evidenceItems(topic: Pick<Topic, 'studies' | 'statements'>): EvidenceItem[] {
  return [
    ...topic.studies.map((study): EvidenceItem => ({
      type: 'study',
      id: study.id,
      kind: kindOfRole(study.role),
      year: study.year,
      title: study.shortName,
      study,
    })),
    ...topic.statements.map((statement): EvidenceItem => ({
      type: 'statement',
      id: statement.id,
      kind: 'review',
      year: yearOf(statement.date),
      title: statement.body,
      statement,
    })),
  ];
}

export type SortOrder = 'newest' | 'oldest';
export type KindFilter = EvidenceKind | 'all';

/** Filtered and sorted by year; items whose year is not known come last, in their original order. */
export function arrangeItems(
  items: readonly EvidenceItem[],
  filter: KindFilter,
  order: SortOrder,
): EvidenceItem[] {
  const sign = order === 'newest' ? -1 : 1;
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => filter === 'all' || item.kind === filter)
    .sort((a, b) => {
      const ya = a.item.year;
      const yb = b.item.year;
      if (ya === undefined || yb === undefined) {
        if (ya === yb) return a.index - b.index;
        return ya === undefined ? 1 : -1;
      }
      return ya === yb ? a.index - b.index : sign * (ya - yb);
    })
    .map(({ item }) => item);
}

export function countByKind(items: readonly EvidenceItem[]): Record<KindFilter, number> {
  const counts: Record<KindFilter, number> = {
    all: items.length,
    original: 0,
    prevalence: 0,
    trial: 0,
    review: 0,
  };
  for (const item of items) counts[item.kind]++;
  return counts;
}
