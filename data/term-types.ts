/**
 * Terms are the single source for detection: the matcher in core/ compiles them into one regular expression.
 *
 * Pattern syntax (kept tiny so that topic authors can read it):
 * - a space between words: any run of white space, non-breaking spaces, line breaks, dashes or quotes;
 * - `-` inside a word: an optional joiner (hyphen, dash, space or nothing), so `cerebro-spinal` also
 *   matches "cerebrospinal" and "cerebro spinal";
 * - `{a|b|c}`: one of the alternatives (they may contain spaces and nested groups);
 * - `(x)`: x is optional;
 * - an accented letter also matches its bare letter, so `céphalo` matches "cephalo" too;
 * - `*`: any further letters (an inflection, or the rest of a compound): `venos*` matches "venosa", "venosi";
 * - `"`: a quotation mark of any kind (" “ ” „ « » ' ‘ ’ ‹ ›).
 */
export type TermKind = 'condition' | 'abbreviation' | 'procedure';

/** How a term's letter case is matched. */
export type CaseRule =
  /** any case: the words are distinctive enough */
  | 'insensitive'
  /** only as written (used for abbreviations such as IVCC or TVAM) */
  | 'exact'
  /** as written, all upper case or all lower case (CCSVI, ccsvi) but never mixed inside a word */
  | 'upper-or-lower';

/**
 * Context that an ambiguous term needs before it counts as a mention:
 * - `none`: it always counts;
 * - `topic`: it counts only when the nearby text (or the page, once the topic is established there)
 *   talks about multiple sclerosis, veins, or CCSVI itself.
 */
export type ContextRule = 'none' | 'topic';

export interface TermDefinition {
  /** stable id, unique within a topic, e.g. `ccsvi-abbr` */
  id: string;
  /** BCP 47 language of the surface forms */
  lang: string;
  kind: TermKind;
  /** the surface forms, in the pattern syntax above */
  patterns: readonly string[];
  /**
   * Plain strings, one of which every match of the term contains (compared without regard to case): a
   * text holding none of any term's anchors holds no mention, and is not read further. A property test
   * (tests/data/term-anchors.test.ts) checks them against the patterns.
   */
  anchors: readonly string[];
  case: CaseRule;
  context: ContextRule;
  /** false for scripts without spaces between words (Japanese) */
  wordBoundaries?: boolean;
  /** one line for authors: why the context rule is what it is */
  note?: string;
  /**
   * A long form recognised as a concept rather than as listed phrases (then `patterns` is empty): a run of
   * words, in any order, that together name it. See LongFormConcept.
   */
  concept?: LongFormConcept;
}

/**
 * The long form as a concept: a run of at most `maxWords` words, each one of the stems below (links may
 * stand between two of them), in any order, that holds an insufficiency word, a venous word and the
 * cerebrospinal qualifier: one cerebrospinal word, or a brain word with a spine word, or a brain word with
 * "chronic". Without the qualifier it is the leg condition, which is not flagged. A stem is the start of a
 * word (`venos*`), matched without regard to case, accents or joiners (`cerebro-spin*` also matches
 * "cerebrospinale"), with `*` for letters in between (`ven*insuffizienz*`: "Veneninsuffizienz"); no groups.
 * A word counts for every role whose stem it starts with.
 */
export interface LongFormConcept {
  insufficiency: readonly string[];
  venous: readonly string[];
  /** the whole qualifier in one word: cerebro-spinal, céphalorachidien, mózgowo-rdzeniowy */
  cerebrospinal: readonly string[];
  /** brain words: cerebral, cerebrovascular */
  cerebral: readonly string[];
  /** spine words: spinal, rachidien */
  spinal: readonly string[];
  chronic: readonly string[];
  /** small words that may stand between two words of the run: et, and, naczyń */
  links: readonly string[];
  maxWords: number;
  /** compound heads: a run ending in "…Insuffizienztheorie" is a mention up to "…Insuffizienz" */
  compoundHeads?: readonly string[];
}

/** Words that establish the topic near an ambiguous term; same pattern syntax, matched case-insensitively unless `exact`. */
export interface ContextCue {
  id: string;
  patterns: readonly string[];
  case: CaseRule;
  /** words that, right after the cue, make it something else: MS in "MS Excel" is Microsoft */
  notBefore?: readonly string[];
}

export interface TermSet {
  topicId: string;
  terms: readonly TermDefinition[];
  contextCues: readonly ContextCue[];
  /** characters either side of an ambiguous match searched for a cue */
  contextWindow: number;
}
