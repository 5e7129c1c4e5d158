/**
 * Precision and recall of found mention spans against labelled ones, strict (same start and end) and loose
 * (overlapping), per language and overall; and the summary table that `npm run eval` and `npm run scan`
 * print for a set of pages.
 */

export interface Span {
  start: number;
  end: number;
}

/** One page or passage: its language, the labelled spans (null when it has no labels) and the found ones. */
export interface ScoredPage {
  lang: string;
  gold: readonly Span[] | null;
  found: readonly Span[];
}

export interface Scores {
  pages: number;
  /** pages with at least one labelled mention */
  pagesWithMentions: number;
  /** pages with labels (the figures below cover only these) */
  labelledPages: number;
  gold: number;
  found: number;
  /** found spans equal to a labelled span */
  strictHits: number;
  /** found spans that overlap a labelled span */
  looseFoundHits: number;
  /** labelled spans that a found span overlaps */
  looseGoldHits: number;
  /** found on pages without labels (a saved page): counted only */
  unlabelledFound: number;
}

export interface Figures {
  strictPrecision: number;
  strictRecall: number;
  loosePrecision: number;
  looseRecall: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function emptyScores(): Scores {
  return {
    pages: 0,
    pagesWithMentions: 0,
    labelledPages: 0,
    gold: 0,
    found: 0,
    strictHits: 0,
    looseFoundHits: 0,
    looseGoldHits: 0,
    unlabelledFound: 0,
  };
}

function add(scores: Scores, page: ScoredPage): void {
  scores.pages++;
  if (page.gold === null) {
    scores.unlabelledFound += page.found.length;
    if (page.found.length > 0) scores.pagesWithMentions++;
    return;
  }
  const gold = page.gold;
  scores.labelledPages++;
  if (gold.length > 0) scores.pagesWithMentions++;
  scores.gold += gold.length;
  scores.found += page.found.length;
  scores.strictHits += page.found.filter((f) =>
    gold.some((g) => g.start === f.start && g.end === f.end),
  ).length;
  scores.looseFoundHits += page.found.filter((f) => gold.some((g) => overlaps(f, g))).length;
  scores.looseGoldHits += gold.filter((g) => page.found.some((f) => overlaps(f, g))).length;
}

/** Scores by language (sorted) and, under `all`, overall. */
export function scorePages(pages: readonly ScoredPage[]): Map<string, Scores> {
  const byLang = new Map<string, Scores>();
  const all = emptyScores();
  for (const page of pages) {
    let scores = byLang.get(page.lang);
    if (!scores) byLang.set(page.lang, (scores = emptyScores()));
    add(scores, page);
    add(all, page);
  }
  const sorted = new Map([...byLang.entries()].sort(([a], [b]) => a.localeCompare(b)));
  sorted.set('all', all);
  return sorted;
}

/** A ratio, 1 when there is nothing to count (no found span cannot be wrong; no labelled span cannot be missed). */
const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

export function figuresOf(scores: Scores): Figures {
  return {
    strictPrecision: ratio(scores.strictHits, scores.found),
    strictRecall: ratio(scores.strictHits, scores.gold),
    loosePrecision: ratio(scores.looseFoundHits, scores.found),
    looseRecall: ratio(scores.looseGoldHits, scores.gold),
  };
}

const fixed = (n: number) => n.toFixed(3);

/** A plain-text table: one row per language, then `all`. */
export function formatScores(table: ReadonlyMap<string, Scores>): string {
  const header = ['lang', 'pages', 'with', 'labelled', 'found', 'P strict', 'R strict', 'P loose', 'R loose'];
  const rows = [...table.entries()].map(([lang, s]) => {
    const unlabelledOnly = s.labelledPages === 0;
    const f = figuresOf(s);
    return [
      lang,
      String(s.pages),
      String(s.pagesWithMentions),
      unlabelledOnly ? '-' : String(s.gold),
      String(s.found + s.unlabelledFound),
      ...(unlabelledOnly
        ? ['-', '-', '-', '-']
        : [f.strictPrecision, f.strictRecall, f.loosePrecision, f.looseRecall].map(fixed)),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
