/**
 * Rules at the edges of a match, applied after the term regex: identifiers are not mentions, a name split by
 * quotes takes its opening quote, and a quoted name is a name.
 */

const OPENING_QUOTE = /["'\u201C\u201E\u2018\u201A\u00AB\u2039\u300C\u300E]/;
const CLOSING_QUOTE = /["'\u201D\u201C\u2019\u2018\u00BB\u203A\u300D\u300F]/;
/** A quote that closes a word inside the match and a space after it: `liberation” treatment`. */
const INNER_CLOSING_QUOTE = /["'\u201D\u2019\u00BB\u203A][\s\u00A0]/;

/**
 * Whether text[start, end) is part of an identifier rather than a word, judged from the run of non-space
 * characters around it: an e-mail address or scoped package (msccsvi@…), a web address or path
 * (…org/ccsvi), a domain or file name (ccsvi.nl), a parameter (q=ccsvi) or a call (ccsvi()).
 * "IVCC/CCSVI", "#ccsvi", "CCSVI." and "CCSVI-Hypothese" stay words.
 */
export function looksLikeIdentifier(text: string, start: number, end: number): boolean {
  const token =
    /\S*$/.exec(text.slice(0, start))![0] + text.slice(start, end) + /^\S*/.exec(text.slice(end))![0];
  return (
    /@|:\/\/|^www\.|[./\\].*[./\\]\w/.test(token) ||
    /^\.\w/.test(text.slice(end)) ||
    /[=~\\]$/.test(text.slice(0, start)) ||
    text.charAt(end) === '('
  );
}

/** The start of a mention, moved back over an opening quote when the name is split by quotes (“liberation” treatment). */
export function adjustToQuotes(text: string, start: number, end: number): number {
  if (start === 0 || !OPENING_QUOTE.test(text.charAt(start - 1))) return start;
  return INNER_CLOSING_QUOTE.test(text.slice(start, end)) ? start - 1 : start;
}

/**
 * Whether the match stands alone between quotes («procédure de libération», "liberation therapy"): an
 * author who quotes the words names the thing, so an ambiguous term needs no other context.
 */
export function isQuotedName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start).replace(/[\s\u00A0]$/, '');
  const after = text.slice(end, end + 2).replace(/^[\s\u00A0]/, '');
  return (
    before.length > 0 &&
    OPENING_QUOTE.test(before.charAt(before.length - 1)) &&
    CLOSING_QUOTE.test(after.charAt(0))
  );
}
