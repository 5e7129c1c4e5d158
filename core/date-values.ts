/**
 * Dates as pages write them: machine-readable values and written dates in seven languages, read only
 * as precisely as given ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'). Pure string functions.
 */

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', only as precise as the page says. */
export type PartialDate = string;

export const MONTHS: Record<string, number> = {};
// English, German, French, Italian, Spanish, Dutch and Portuguese month names (and common short forms).
const MONTH_NAMES = [
  'january|jan|januar|janvier|janv|gennaio|gen|enero|ene|januari|janeiro',
  'february|feb|februar|février|fevrier|févr|fevr|febbraio|febrero|februari|fevereiro|fev',
  'march|mar|märz|maerz|mars|marzo|maart|março|marco',
  'april|apr|avril|avr|aprile|abril|abr',
  'may|mai|maggio|mag|mayo|mei|maio',
  'june|jun|juni|juin|giugno|giu|junio|junho',
  'july|jul|juli|juillet|juil|luglio|lug|julio|julho',
  'august|aug|août|aout|agosto|ago|augustus',
  'september|sep|sept|septembre|settembre|set|septiembre|setembro',
  'october|oct|oktober|okt|octobre|ottobre|ott|octubre|oktober|outubro|out',
  'november|nov|novembre|noviembre|novembro',
  'december|dec|dezember|dez|décembre|decembre|déc|dicembre|dic|diciembre|dezembro',
];
MONTH_NAMES.forEach((names, i) => {
  for (const name of names.split('|')) MONTHS[name] ??= i + 1;
});
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function build(y: number, m?: number, d?: number): PartialDate | null {
  if (y < 1990 || y > 2100) return null;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * A date from a machine-readable value: ISO 8601 (with or without time and zone; the calendar date as
 * written, not moved to UTC), 'YYYY/MM/DD', 'YYYYMMDD', 'YYYY-MM', 'YYYY', or a written date.
 */
export function parseDateValue(value: string): PartialDate | null {
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?=$|[T\s])/.exec(v);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})$/.exec(v);
  if (m) return build(Number(m[1]));
  return parseWrittenDate(v);
}

/** The first written date in a text: '12 March 2011', 'March 12, 2011', 'Mar 2011', '24. Juli 2017', 'Sat, 12 Mar 2011'. */
export function parseWrittenDate(text: string): PartialDate | null {
  const t = text.toLowerCase();
  const dayFirst = new RegExp(
    `(?:^|[^\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(${MONTH_RE})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
    'u',
  ).exec(t);
  const monthFirst = new RegExp(
    `(?:^|[^\\p{L}])(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
    'u',
  ).exec(t);
  const candidates: Array<{ index: number; date: PartialDate | null }> = [];
  if (dayFirst)
    candidates.push({
      index: dayFirst.index,
      date: build(Number(dayFirst[3]), MONTHS[dayFirst[2]!], Number(dayFirst[1])),
    });
  if (monthFirst)
    candidates.push({
      index: monthFirst.index,
      date: build(Number(monthFirst[3]), MONTHS[monthFirst[1]!], Number(monthFirst[2])),
    });
  if (candidates.length === 0) {
    const monthYear = new RegExp(`(?:^|[^\\p{L}])(${MONTH_RE})\\.?,?\\s+(\\d{4})(?!\\d)`, 'u').exec(t);
    if (monthYear) return build(Number(monthYear[2]), MONTHS[monthYear[1]!]);
    const iso = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(t);
    if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return null;
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]!.date;
}

/** Dates after `now` (plus a day for time zones) are not a page's publication date. */
export function notFuture(date: PartialDate | null, now: Date): PartialDate | null {
  if (!date) return null;
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(y, m - 1, d) <= now.getTime() + 86_400_000 ? date : null;
}

/**
 * One answer from several readings of the same source: they must agree (a less precise reading that
 * fits a more precise one agrees with it). Returns the most precise, or null when they disagree.
 */
export function agree(dates: readonly PartialDate[]): PartialDate | null {
  if (dates.length === 0) return null;
  const best = [...dates].sort((a, b) => b.length - a.length)[0]!;
  return dates.every((d) => best.startsWith(d)) ? best : null;
}
