import type { CaseRule } from '../data/term-types';

/** Characters that may sit between two words of a term: white space, dashes and typographic quotes. */
export const WORD_GAP =
  '[\\s\\u00A0\\u2010-\\u2015\\-"\'\\u201C-\\u201F\\u2018-\\u201B\\u00AB\\u00BB\\u2039\\u203A]+';
/** An optional joiner inside a compound word: `cerebro-spinal`, `cerebro spinal`, `cerebrospinal`. */
const WORD_JOINER = '[\\s\\u00A0\\u2010-\\u2015\\-]{0,3}';
const APOSTROPHE = "['\\u2019\\u02BC`]";
/** `*` in a pattern: any further letters. */
export const ANY_LETTERS = '[\\p{L}\\p{M}]*';
/** `"` in a pattern: a quotation mark of any kind. */
const QUOTE = '["\'\\u201C-\\u201F\\u2018-\\u201B\\u00AB\\u00BB\\u2039\\u203A\\u300C-\\u300F]';

/**
 * What a word boundary separates: a letter, mark, digit or underscore. Chinese characters and kana are
 * not: Japanese runs a Latin abbreviation straight into them ("CCSVIが"), and has no spaces anyway.
 */
export const WORD_CHAR = '(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}])[\\p{L}\\p{M}\\p{N}_]';
const WORD_CHAR_LAST = new RegExp(`${WORD_CHAR}$`, 'u');

/** An ASCII character code that is a word character: a letter, a digit or `_`. */
const isAsciiWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/** Whether the character just before `at` is a word character (a surrogate pair counts as one character). */
export const wordCharBefore = (text: string, at: number): boolean => {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  // most text is ASCII: no slice and no Unicode regex for it
  if (code < 128) return isAsciiWordCode(code);
  return WORD_CHAR_LAST.test(text.slice(Math.max(0, at - 2), at));
};

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters whose bare form is not reachable by Unicode decomposition. */
const EXTRA_BARE_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };

export function bareLetter(letter: string): string {
  const extra = EXTRA_BARE_LETTERS[letter];
  if (extra) return extra;
  const decomposed = letter.normalize('NFD');
  return decomposed.length > 1 ? decomposed.charAt(0) : letter;
}

function escapeForClass(char: string): string {
  return /[\\\][^-]/.test(char) ? `\\${char}` : char;
}

function letterClass(letter: string, caseRule: CaseRule): string {
  const variants = new Set<string>([letter, bareLetter(letter)]);
  if (caseRule === 'insensitive') {
    for (const v of [...variants]) {
      variants.add(v.toLowerCase());
      variants.add(v.toUpperCase());
    }
  }
  const chars = [...variants].filter((v) => v.length === 1);
  if (chars.length === 1) return escapeLiteral(chars[0]!);
  return `[${chars.map(escapeForClass).join('')}]`;
}

/**
 * A pattern character as regex source. Remembered: the CCSVI terms and cues hold some 1,800 letters, 88
 * distinct ones per case rule, and this runs in V8's slowest tier on the first match of a page.
 */
function charSource(char: string, caseRule: CaseRule): string {
  const key = caseRule + char;
  let source = charSources.get(key);
  if (source === undefined) {
    source = /\p{L}/u.test(char) ? letterClass(char, caseRule) : escapeLiteral(char);
    charSources.set(key, source);
  }
  return source;
}
const charSources = new Map<string, string>();

function escapeLiteral(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

/**
 * Turns one pattern in the term syntax (see data/term-types.ts) into regular-expression source
 * with no capturing groups, for a RegExp with the `u` flag.
 */
export function compilePattern(pattern: string, caseRule: CaseRule): string {
  if (caseRule === 'upper-or-lower') {
    const upper = compilePattern(pattern.toUpperCase(), 'exact');
    const lower = compilePattern(pattern.toLowerCase(), 'exact');
    return upper === lower ? upper : `(?:${upper}|${lower})`;
  }
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    switch (ch) {
      case '{':
        out += '(?:';
        depth++;
        break;
      case '}':
        out += ')';
        depth--;
        break;
      case '(':
        out += '(?:';
        depth++;
        break;
      case ')':
        out += ')?';
        depth--;
        break;
      case '|':
        out += '|';
        break;
      case ' ':
        out += WORD_GAP;
        break;
      case "'":
        out += APOSTROPHE;
        break;
      case '-':
        out += WORD_JOINER;
        break;
      case '*':
        out += ANY_LETTERS;
        break;
      case '"':
        out += QUOTE;
        break;
      default:
        out += charSource(ch, caseRule);
    }
    if (depth < 0) throw new Error(`Unbalanced group in term pattern: ${pattern}`);
  }
  if (depth !== 0) throw new Error(`Unbalanced group in term pattern: ${pattern}`);
  return out;
}

/**
 * Stems in the pattern syntax (`venos*`) as one group, case-insensitive, without their final `*`: the
 * letters that may follow are matched once, after the group, by the caller (see core/long-form.ts).
 */
export function stemsSource(stems: readonly string[]): string {
  return `(?:${stems.map((p) => compilePattern(p.endsWith('*') ? p.slice(0, -1) : p, 'insensitive')).join('|')})`;
}
