/** Plain-language formatting shared by the topic views: dates and numbers by Intl, in the topic's language. */
import type { Blinding, IsoDate, StatementKind, Study, StudyGroup, Topic } from '../../data/topic-types';

/** English dates are written day month year ('5 December 2008'), as en-GB does. */
export const intlLocale = (lang: string): string => (lang === 'en' ? 'en-GB' : lang);

/**
 * '2008-12-05' → '5 December 2008', '2006-11' → 'November 2006', '2009' → '2009', in `lang` (Intl).
 * Only as precise as the date.
 */
export function formatDate(date: IsoDate | string, lang = 'en'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (!month || month < 1 || month > 12 || !Number.isInteger(year)) return date.split('-')[0] ?? date;
  const when = new Date(Date.UTC(year, month - 1, day ?? 15));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(lang), options).format(when);
}

export function yearOf(date: IsoDate | string | undefined): number | undefined {
  if (!date) return undefined;
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

type Views = Topic['views'];

const BLINDING_KEY = {
  none: 'none',
  reported: 'reported',
  assessor: 'assessor',
  double: 'double',
  unclear: 'unclear',
  'not-applicable': 'notApplicable',
} as const satisfies Record<Blinding, keyof Views['blinding']>;

/** A sentence on who did not know what. */
export function blindingText(views: Views, blinding: Blinding): string {
  return views.blinding[BLINDING_KEY[blinding]];
}

/** Short tag for a list line (none where the blinding is unclear or does not apply). */
export function blindingTag(views: Views, blinding: Blinding): string | undefined {
  return blinding in views.blindingTag
    ? views.blindingTag[blinding as keyof Views['blindingTag']]
    : undefined;
}

const STATEMENT_KIND_KEY = {
  regulator: 'regulator',
  'health-technology-assessment': 'healthTechnologyAssessment',
  'ms-society': 'msSociety',
  'professional-body': 'professionalBody',
} as const satisfies Record<StatementKind, keyof Views['statementKind']>;

export function statementKindText(views: Views, kind: StatementKind): string {
  return views.statementKind[STATEMENT_KIND_KEY[kind]];
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 3 }).format(n);
}

export function formatGroup(group: StudyGroup, lang = 'en'): string {
  return group.size === undefined ? group.label : `${group.label}: ${formatNumber(group.size, lang)}`;
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
