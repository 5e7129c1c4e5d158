/** Plain-language formatting shared by the topic views. Fixed English words, so output is the same everywhere. */
import type { Blinding, IsoDate, StatementKind, Study, StudyGroup } from '../../data/topic-types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2008-12-05' → '5 December 2008', '2006-11' → 'November 2006', '2009' → '2009'. Only as precise as the date. */
export function formatDate(date: IsoDate | string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function yearOf(date: IsoDate | string | undefined): number | undefined {
  if (!date) return undefined;
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

export const BLINDING_TEXT: Record<Blinding, string> = {
  none: 'Not blinded: everyone knew who had MS or who was treated.',
  reported: 'Reported as blinded, but the details are unclear or disputed.',
  assessor: 'Blinded: the people reading the scans or scoring results did not know who had MS.',
  double: 'Double-blind: neither patients nor assessors knew who had the real procedure.',
  unclear: 'Blinding not described in the sources we checked.',
  'not-applicable': 'Blinding does not apply to a review of other studies.',
};

/** Short tag for a list line. */
export const BLINDING_TAG: Record<Blinding, string | undefined> = {
  none: 'not blinded',
  reported: 'blinding unclear',
  assessor: 'blinded',
  double: 'double-blind',
  unclear: undefined,
  'not-applicable': undefined,
};

export const STATEMENT_KIND_TEXT: Record<StatementKind, string> = {
  regulator: 'Medicines regulator',
  'health-technology-assessment': 'Health guidance body',
  'ms-society': 'MS society',
  'professional-body': 'Professional body',
};

const numberFormat = new Intl.NumberFormat('en-GB');

export function formatGroup(group: StudyGroup): string {
  return group.size === undefined ? group.label : `${group.label}: ${numberFormat.format(group.size)}`;
}

/** 'Mult Scler 2013;19(11):1508–1517' from whatever parts are known. */
export function citationOf(
  study: Pick<Study, 'journal' | 'year' | 'volume' | 'issue' | 'pages' | 'articleId'>,
): string {
  let text = study.journal;
  if (study.year !== undefined) text += ` ${study.year}`;
  if (study.volume) text += `;${study.volume}`;
  if (study.issue) text += study.volume ? `(${study.issue})` : `;(${study.issue})`;
  if (study.pages) text += `:${study.pages}`;
  if (study.articleId) text += `, ${study.articleId}`;
  return text;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}
