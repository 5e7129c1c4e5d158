// The development corpus (tests/corpus): its passages are well formed, and the real scanner and matcher reach
// at least the figures recorded in tests/corpus/thresholds.json on it.
import { CORPUS_LANGUAGES, loadCorpus, loadThresholds } from '../corpus/corpus';
import { evaluateCorpus, type CorpusEvaluation } from '../corpus/evaluate';
import { figuresOf } from '../../scripts/scan/scores';
import { compileMatcher } from '../../core/matcher';
import { ccsviTermSet } from '../../data/ccsvi/terms';

const corpus = loadCorpus();

describe('the corpus', () => {
  test('has at least 150 passages in the eight languages, 40 of them without a mention', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((p) => p.mentions.length === 0).length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'it', 'fr', 'es', 'de', 'pl', 'pt', 'nl']) {
      expect(corpus.filter((p) => p.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  test('every passage has a unique id, a known language, a web address and text', () => {
    expect(new Set(corpus.map((p) => p.id)).size).toBe(corpus.length);
    for (const p of corpus) {
      expect(CORPUS_LANGUAGES as readonly string[], p.id).toContain(p.lang);
      expect(p.id.startsWith(`${p.lang}-`), p.id).toBe(true);
      expect(new URL(p.url).protocol, p.id).toMatch(/^https?:$/);
      expect(p.text.trim().length, p.id).toBeGreaterThan(0);
    }
  });

  test("every span's text is the passage's slice, spans are in order and do not overlap", () => {
    for (const p of corpus) {
      let previousEnd = 0;
      for (const span of p.mentions) {
        expect(span.start, p.id).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end, p.id).toBeGreaterThan(span.start);
        expect(p.text.slice(span.start, span.end), p.id).toBe(span.text);
        previousEnd = span.end;
      }
    }
  });
});

describe('figures on the corpus', () => {
  let evaluation: CorpusEvaluation;
  beforeAll(async () => {
    evaluation = await evaluateCorpus(corpus);
  }, 60_000);

  test('every labelled mention holds an anchor the prefilter counts (with word breaks), so no page skips it', () => {
    const prefilter = compileMatcher(ccsviTermSet).prefilter!;
    for (const p of corpus) {
      const lower = p.text.toLowerCase();
      const hits = prefilter.anchorOffsets(lower, true);
      for (const m of p.mentions) expect(hits.some((at) => at >= m.start && at < m.end), `${p.id} ${m.text}`).toBe(true);
    }
  });

  const thresholds = loadThresholds();
  for (const [scope, minimum] of Object.entries(thresholds)) {
    test(`the page scanner and the matcher reach the recorded figures: ${scope}`, () => {
      for (const engine of ['scanner', 'matcher'] as const) {
        const scores = evaluation[engine].get(scope);
        expect(scores, `${engine} ${scope}`).toBeDefined();
        const figures = figuresOf(scores!);
        for (const key of Object.keys(minimum) as Array<keyof typeof minimum>) {
          expect(figures[key], `${engine} ${scope} ${key}`).toBeGreaterThanOrEqual(minimum[key]);
        }
      }
    });
  }
});
