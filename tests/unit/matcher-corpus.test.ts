// The development corpus (tests/corpus): its passages are well formed, and the real scanner and matcher reach
// at least the figures recorded in tests/corpus/thresholds.json on it.
import { CORPUS_LANGUAGES, loadCorpus, loadThresholds } from '../corpus/corpus';
import { evaluateCorpus, type CorpusEvaluation } from '../corpus/evaluate';
import { figuresOf } from '../../scripts/scan/scores';
import { createMatcher } from '../../core/matcher';
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

  test('every labelled mention holds an anchor of the terms, so no page skips it', () => {
    const anchors = createMatcher(ccsviTermSet).anchors!;
    for (const p of corpus) {
      const hits = Array.from(p.text.matchAll(anchors), (m) => m.index);
      for (const m of p.mentions)
        expect(
          hits.some((at) => at >= m.start && at < m.end),
          `${p.id} ${m.text}`,
        ).toBe(true);
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

describe('the command-line scan of a folder of saved pages', () => {
  test('prints the per-language summary, with figures where pages carry labels', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { execFileSync } = await import('node:child_process');
    const { passagePage } = await import('../corpus/pages');
    const dir = mkdtempSync(path.join(tmpdir(), 'scan-folder-'));
    try {
      const picked = [
        corpus.find((p) => p.lang === 'it' && p.mentions.length === 2)!,
        corpus.find((p) => p.lang === 'fr' && p.mentions.length === 0)!,
      ];
      picked.forEach((p) => writeFileSync(path.join(dir, `${p.id}.html`), passagePage(p)));
      writeFileSync(
        path.join(dir, 'saved.html'),
        '<html lang="en-GB"><body><p>CCSVI and the Ccsvi story.</p></body></html>',
      );
      writeFileSync(path.join(dir, 'notes.txt'), 'not a page');
      const out = execFileSync('npx', ['tsx', 'scripts/scan.ts', dir], {
        cwd: path.resolve(__dirname, '../..'),
        encoding: 'utf8',
      });
      const rows = Object.fromEntries(
        out
          .trim()
          .split('\n')
          .slice(2)
          .map((line) => [line.split(/\s+/)[0], line.split(/\s+/).slice(1)]),
      );
      expect(out.split('\n')[0]).toBe(`3 pages in ${dir}`);
      // pages, with mentions, labelled, found, then the four figures
      expect(rows.it).toEqual(['1', '1', '2', '2', '1.000', '1.000', '1.000', '1.000']);
      expect(rows.fr).toEqual(['1', '0', '0', '0', '1.000', '1.000', '1.000', '1.000']);
      expect(rows.en).toEqual(['1', '1', '-', '2', '-', '-', '-', '-']);
      expect(rows.all!.slice(0, 4)).toEqual(['3', '2', '2', '4']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
