/**
 * Runs the real matcher and the real page scanner (the command-line scan's engine: the extension's
 * PageScanner and walking rules in happy-dom) over every corpus passage, and scores what they find.
 */
import { createMatcher } from '../../core/matcher';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import { scanPage } from '../../scripts/scan/scan-html';
import { scorePages, type ScoredPage, type Scores } from '../../scripts/scan/scores';
import { loadCorpus, type CorpusPassage } from './corpus';
import { passagePage } from './pages';

export interface FoundSpan {
  start: number;
  end: number;
  term: string;
}

export interface PassageResult {
  passage: CorpusPassage;
  matcher: FoundSpan[];
  scanner: FoundSpan[];
}

export interface CorpusEvaluation {
  results: PassageResult[];
  matcher: Map<string, Scores>;
  scanner: Map<string, Scores>;
}

export async function evaluateCorpus(
  passages: readonly CorpusPassage[] = loadCorpus(),
): Promise<CorpusEvaluation> {
  const matcher = createMatcher(ccsviTermSet);
  const results: PassageResult[] = [];
  for (const passage of passages) {
    const byMatcher = matcher
      .findMentions(passage.text)
      .map((m) => ({ start: m.start, end: m.end, term: m.termId }));
    const page = await scanPage(passagePage(passage));
    const byScanner = page.mentions.map((m) => ({ start: m.start, end: m.end, term: m.term }));
    results.push({ passage, matcher: byMatcher, scanner: byScanner });
  }
  const scored = (pick: (r: PassageResult) => FoundSpan[]): ScoredPage[] =>
    results.map((r) => ({ lang: r.passage.lang, gold: r.passage.mentions, found: pick(r) }));
  return {
    results,
    matcher: scorePages(scored((r) => r.matcher)),
    scanner: scorePages(scored((r) => r.scanner)),
  };
}
