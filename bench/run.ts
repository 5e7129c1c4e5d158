// `npm run bench` (full) and `npm run bench -- --quick` / `npm run bench:quick` (CI smoke run).
//
// Serves benchmark pages from 127.0.0.1, opens them in headless Chromium (playwright-core, no
// extension: core is bundled into a page script, bench/page/main.ts) and measures, as medians over
// fresh page loads: a bare text walk (the floor), our full scan (PageScanner + real CSS highlights),
// mark.js on the same terms, an incremental batch, 10,000 synthetic terms, the longest task, the
// main-thread time per MB, and the content script's size. Prints a markdown table with PASS/FAIL per
// budget and writes it, with the raw numbers, to artifacts/bench/latest.{md,json}.
//
// Exit code: 0 when the bench ran (even with FAIL rows: the numbers are for people to judge), 1 when a
// measurement crashed.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { generateArticlePage, generateParagraphBatch } from './lib/article';
import { ensureExtensionBuilt, bundlePageScript } from './lib/build';
import { SYNTHETIC_TERM_COUNT } from './lib/synthetic-terms';
import {
  CONTENT_SCRIPT_BUDGET_GZIP_BYTES,
  contentScriptSize,
  type ContentScriptSize,
} from './lib/bundle-size';
import { ensureNodeDoc } from './lib/nodedoc';
import { ensureBrowser } from '../scripts/lib/ensure-browser';
import { measureOutsideIn, outsideInTable, type OutsideInRow } from './outside-in';
import { plantMentions } from './lib/plant';
import { startServer } from './lib/server';
import { fmt, max, median } from './lib/stats';
import type {
  SweepResult,
  BatchResult,
  ControlResult,
  MarkMode,
  MarkResult,
  PageInfo,
  ProfileResult,
  ReadingFloor,
  ScanResult,
  WalkResult,
} from './page/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = path.join(ROOT, '.cache/bench');
const ARTIFACTS = path.join(ROOT, 'artifacts/bench');
const SEED_ARTICLE = path.join(ROOT, 'tests/e2e/fixtures/seed-article.html');

/** the content script's own cap (entrypoints/content/highlighting.ts) */
const MAX_HIGHLIGHTED = 500;
const PLANTED = 1000;
const SYNTHETIC_TERMS = SYNTHETIC_TERM_COUNT;
const BATCH = generateParagraphBatch(100, 7, 20);

const BUDGET = {
  scanVsWalkClean: 1.5,
  scanVsWalkPlanted: 2,
  markjsSpeedup: 100,
  markjsMinBytes: 1_000_000,
  longestTaskMs: 50,
  incrementalRatio: 1.2,
  termsRatio: 2,
  msPerMb: 5,
  gzipBytes: CONTENT_SCRIPT_BUDGET_GZIP_BYTES,
};

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reps: { type: 'string' },
  },
});
const QUICK = args.quick === true;
const REPS = args.reps ? Math.max(1, Number(args.reps)) : QUICK ? 1 : 5;
/** mark.js takes seconds on the big pages: fewer repetitions there */
const MARK_REPS_BIG = QUICK ? 0 : Math.min(REPS, 3);
/** stop repeating mark.js on a page once one run took longer than this */
const MARK_SLOW_MS = 20_000;
/** per term first: it is the budget's comparison */
const MARK_MODES: readonly MarkMode[] = ['per-term', 'combined'];

const started = Date.now();
const log = (line: string) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}\n`);

type Variant = 'plain' | 'planted';

interface BenchPage {
  id: string;
  label: string;
  url: string;
  plantedUrl: string | null;
  htmlBytes: number;
  plantedBytes: number;
  /** the page already holds mentions as is */
  hasMentions: boolean;
  big: boolean;
  incremental: boolean;
  tenK: boolean;
  markjs: boolean;
}

interface Case {
  key: string;
  page: BenchPage;
  variant: Variant;
  url: string;
}

interface Raw {
  info: Record<string, PageInfo>;
  floor: Record<string, WalkResult[]>;
  elementWalk: Record<string, WalkResult[]>;
  /** no-mention pages: textContent once, and the element walk for shadow roots */
  readingFloor: Record<string, ReadingFloor[]>;
  scan: Record<string, ScanResult[]>;
  profile: Record<string, ProfileResult[]>;
  batch: Record<string, BatchResult[]>;
  /** the look for new shadow roots after a click, by case */
  sweep: Record<string, SweepResult[]>;
  /** the same batch on a page without scanner */
  batchControl: Record<string, ControlResult[]>;
  /** scans with synthetic terms, by `${pageId}@${termCount}` */
  synthetic: Record<string, ScanResult[]>;
  /** why 10,000 terms could not be measured, if so */
  tenKFailure: string | null;
  /** the largest count V8 compiles (bisected in full mode) when 10,000 does not */
  maxCompilableTerms: number | null;
  /** createMatcher for 10,000 terms deriving their anchors in the page (the probe's first, cold build) */
  tenKDeriveMs: number | null;
  /** mark.js by use: one call per term (the budget's comparison) and one combined regex */
  mark: Record<MarkMode, Record<string, MarkResult[]>>;
}

const raw: Raw = {
  info: {},
  floor: {},
  elementWalk: {},
  readingFloor: {},
  scan: {},
  profile: {},
  batch: {},
  sweep: {},
  batchControl: {},
  synthetic: {},
  tenKFailure: null,
  maxCompilableTerms: null,
  tenKDeriveMs: null,
  mark: { 'per-term': {}, combined: {} },
};
const errors: string[] = [];
const notes: string[] = [];

function push<T>(table: Record<string, T[]>, key: string, value: T): void {
  (table[key] ??= []).push(value);
}

// ---------------------------------------------------------------- pages

async function preparePages(origin: string, mounts: Record<string, string>): Promise<BenchPage[]> {
  const pagesDir = path.join(CACHE, 'pages');
  await mkdir(pagesDir, { recursive: true });
  mounts['/pages/'] = pagesDir;
  const pages: BenchPage[] = [];

  const seed = SEED_ARTICLE;
  if (existsSync(seed)) {
    copyFileSync(seed, path.join(pagesDir, 'seed-article.html'));
    pages.push({
      id: 'seed',
      label: 'seed article',
      url: `${origin}/pages/seed-article.html`,
      plantedUrl: null,
      htmlBytes: readFileSync(seed).length,
      plantedBytes: 0,
      hasMentions: true,
      big: false,
      incremental: false,
      tenK: false,
      markjs: true,
    });
  } else notes.push('seed article not found: skipped');

  const sizes = QUICK
    ? [
        { id: 'synthetic-100kb', bytes: 100_000 },
        { id: 'synthetic-1mb', bytes: 1_000_000 },
      ]
    : [
        { id: 'synthetic-1mb', bytes: 1_000_000 },
        { id: 'synthetic-10mb', bytes: 10_000_000 },
      ];
  for (const [i, size] of sizes.entries()) {
    const html = generateArticlePage(size.bytes, 1000 + i);
    const planted = plantMentions(html, PLANTED);
    await writeFile(path.join(pagesDir, `${size.id}.html`), html);
    await writeFile(path.join(pagesDir, `${size.id}-planted.html`), planted.html);
    const bytes = Buffer.byteLength(html);
    pages.push({
      id: size.id,
      label: `synthetic ${size.id.replace('synthetic-', '').toUpperCase()}`,
      url: `${origin}/pages/${size.id}.html`,
      plantedUrl: `${origin}/pages/${size.id}-planted.html`,
      htmlBytes: bytes,
      plantedBytes: Buffer.byteLength(planted.html),
      hasMentions: false,
      big: bytes > 3_000_000,
      incremental: true,
      tenK: true,
      markjs: !QUICK || bytes <= 200_000,
    });
  }

  try {
    const doc = await ensureNodeDoc(CACHE, log);
    const html = readFileSync(path.join(doc.dir, 'all.html'), 'utf8');
    const planted = plantMentions(html, PLANTED).html;
    await writeFile(path.join(doc.dir, 'all-planted.html'), planted);
    mounts['/nodejs/'] = doc.dir;
    notes.push(
      `Node.js all.html: usr/share/doc/nodejs/api/all.html from Debian's nodejs-doc ${doc.version} (apt-get download, dpkg -x, cached in .cache/bench)`,
    );
    pages.push({
      id: 'nodejs-all',
      label: 'Node.js all.html',
      url: `${origin}/nodejs/all.html`,
      plantedUrl: `${origin}/nodejs/all-planted.html`,
      htmlBytes: Buffer.byteLength(html),
      plantedBytes: Buffer.byteLength(planted),
      hasMentions: false,
      big: true,
      incremental: false,
      tenK: true,
      markjs: !QUICK,
    });
  } catch (err) {
    const message = `all.html unavailable (apt-get download / dpkg -x failed): ${String(err).split('\n')[0]}`;
    if (QUICK) notes.push(`${message}; skipped in quick mode`);
    else errors.push(message);
    log(message);
  }
  return pages;
}

// ---------------------------------------------------------------- measuring

let context: BrowserContext;

function ev<T>(page: Page, expression: string): Promise<T> {
  // A string expression: no bundler helpers from this file leak into the page.
  return page.evaluate(expression) as Promise<T>;
}

/** A fresh page load, settled (no long task for 300 ms, garbage collected), then `fn`. */
async function onFreshPage<T>(url: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await ev(page, 'window.__bench.settle()');
    return await fn(page);
  } finally {
    await page.close();
  }
}

function short(err: unknown): string {
  const text = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  const regexError = /^(.*Invalid regular expression: )\/(.*)\/[a-z]*: ([^:]+)$/s.exec(text);
  if (regexError)
    return `${regexError[1]}/…/ (${regexError[2]!.length.toLocaleString('en')} characters): ${regexError[3]}`;
  // V8 quotes the whole pattern in RegExp errors: keep the start and the reason.
  return text.length > 240 ? `${text.slice(0, 120)} … ${text.slice(-100)}` : text;
}

async function attempt(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const message = `${what}: ${short(err)}`;
    errors.push(message);
    log(`ERROR ${message}`);
  }
}

async function measureFloor(c: Case): Promise<void> {
  await attempt(`floor ${c.key}`, () =>
    onFreshPage(c.url, async (page) => {
      push(raw.floor, c.key, await ev<WalkResult>(page, 'window.__bench.bareWalk()'));
      raw.info[c.key] ??= await ev<PageInfo>(page, 'window.__bench.info()');
    }),
  );
}

async function measureScan(c: Case): Promise<void> {
  await attempt(`scan ${c.key}`, () =>
    onFreshPage(c.url, async (page) => {
      await ev(page, `window.__bench.prepareScan('own', 0, ${MAX_HIGHLIGHTED})`);
      const scan = await ev<ScanResult>(page, 'window.__bench.startScan()');
      push(raw.scan, c.key, scan);
      push(raw.sweep, c.key, await ev<SweepResult>(page, 'window.__bench.sweepAfterClick()'));
      if (c.variant === 'plain' && c.page.incremental) {
        await ev(page, 'window.__bench.settle()');
        push(
          raw.batch,
          c.page.id,
          await ev<BatchResult>(page, `window.__bench.appendBatch(${JSON.stringify(BATCH.html)})`),
        );
      }
    }),
  );
}

/** Can V8 compile a matcher for 10,000 terms? If not, the rows use the largest count it can (info). */
/** Can V8 compile a matcher for 10,000 terms? If not, why, and (full mode) the largest count it can. */
async function probeTermCount(c: Case): Promise<void> {
  await attempt(`${SYNTHETIC_TERMS} terms probe`, () =>
    onFreshPage(c.url, async (page) => {
      const probe = await ev<{ max: number; error: string | null; deriveMs: number }>(
        page,
        `window.__bench.probeTerms(${SYNTHETIC_TERMS}, ${!QUICK})`,
      );
      if (probe.error === null) return void (raw.tenKDeriveMs = probe.deriveMs);
      raw.tenKFailure = short(new Error(probe.error));
      if (!QUICK) raw.maxCompilableTerms = probe.max;
      log(
        `${SYNTHETIC_TERMS} terms do not compile (${raw.tenKFailure})${QUICK ? '' : `; the largest count that does: ${probe.max}`}`,
      );
    }),
  );
}

/** What to scan with synthetic terms: 10,000 on one page if V8 compiles it, else 1,000 everywhere and the largest compilable count on one page. */
function syntheticPlan(cases: Case[]): Array<{ c: Case; terms: number; reps: number }> {
  const pages = cases.filter((c) => c.variant === 'plain' && c.page.tenK);
  // Information only (no budget): one search of every term's anchors takes seconds per megabyte at
  // this size, so the smallest page, once.
  if (raw.tenKFailure === null) return pages.slice(0, 1).map((c) => ({ c, terms: SYNTHETIC_TERMS, reps: 1 }));
  const plan = (QUICK ? pages.slice(0, 1) : pages).map((c) => ({ c, terms: 1000, reps: REPS }));
  const max = raw.maxCompilableTerms === null ? 0 : Math.floor(raw.maxCompilableTerms / 100) * 100;
  // seconds per scan at this size: one page, few repetitions
  if (max > 1000 && pages[0]) plan.push({ c: pages[0], terms: max, reps: Math.min(REPS, 3) });
  return plan;
}

async function measureSynthetic(c: Case, terms: number): Promise<void> {
  await attempt(`${terms} synthetic terms ${c.key}`, () =>
    onFreshPage(c.url, async (page) => {
      await ev(page, `window.__bench.prepareScan('synthetic', ${terms}, ${MAX_HIGHLIGHTED})`);
      const result = await ev<ScanResult>(page, 'window.__bench.startScan()');
      push(raw.synthetic, `${c.page.id}@${terms}`, result);
      if (terms > 1000)
        log(
          `  ${terms} terms on ${c.key}: compile ${fmt(result.compileMs)} ms, scan ${fmt(result.totalMs)} ms`,
        );
    }),
  );
}

async function measureBatchControl(c: Case): Promise<void> {
  await attempt(`batch control ${c.key}`, () =>
    onFreshPage(c.url, async (page) => {
      push(
        raw.batchControl,
        c.page.id,
        await ev<ControlResult>(page, `window.__bench.appendControl(${JSON.stringify(BATCH.html)})`),
      );
    }),
  );
}

async function measureProfile(c: Case): Promise<void> {
  await attempt(`profile ${c.key}`, async () => {
    await onFreshPage(c.url, async (page) =>
      push(raw.profile, c.key, await ev<ProfileResult>(page, 'window.__bench.profile()')),
    );
    await onFreshPage(c.url, async (page) =>
      push(raw.elementWalk, c.key, await ev<WalkResult>(page, 'window.__bench.elementWalk()')),
    );
    if (c.variant === 'plain' && !c.page.hasMentions) {
      await onFreshPage(c.url, async (page) =>
        push(raw.readingFloor, c.key, await ev<ReadingFloor>(page, 'window.__bench.readingFloor()')),
      );
    }
  });
}

async function measureMark(c: Case, mode: MarkMode, reps: number): Promise<void> {
  for (let r = 0; r < reps; r++) {
    let slow = false;
    await attempt(`mark.js ${mode} ${c.key}`, () =>
      onFreshPage(c.url, async (page) => {
        const result = await ev<MarkResult>(page, `window.__bench.markjs(${JSON.stringify(mode)})`);
        push(raw.mark[mode], c.key, result);
        log(
          `  mark.js ${mode} ${c.key} #${r + 1}: ${fmt(result.ms)} ms, ${result.marks} marks, ${result.calls} calls`,
        );
        slow = result.ms > MARK_SLOW_MS;
      }),
    );
    if (slow && r + 1 < reps) {
      notes.push(
        `mark.js (${mode}) on ${c.key} took over ${MARK_SLOW_MS / 1000} s: ${r + 1} repetition(s) only`,
      );
      break;
    }
  }
}

// ---------------------------------------------------------------- report

type Verdict = 'PASS' | 'FAIL' | 'n/a';
interface BudgetRow {
  budget: string;
  subject: string;
  value: string;
  limit: string;
  verdict: Verdict;
}
const budgetRows: BudgetRow[] = [];

function verdict(ok: boolean | null): Verdict {
  return ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL';
}

function mdTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
const med = <T>(list: T[] | undefined, pick: (t: T) => number) => median((list ?? []).map(pick));

function buildReport(
  cases: Case[],
  size: ContentScriptSize | null,
  machine: Record<string, string | number>,
  plan: Array<{ c: Case; terms: number; reps: number }>,
): string {
  const out: string[] = [];
  const caseLabel = (c: Case) => `${c.page.label}${c.variant === 'planted' ? ` + ${PLANTED} mentions` : ''}`;
  const scanMs = (key: string) => med(raw.scan[key], (s) => s.totalMs);

  out.push(`# Benchmark ${QUICK ? '(quick mode: proves the bench runs; numbers are not budgets)' : ''}`);
  out.push('');
  out.push(
    `${new Date().toISOString()} — ${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}, Node ${machine.node}. ` +
      `Medians of ${REPS} fresh page load(s) per number unless said otherwise. "scan" = PageScanner with the CCSVI terms and real ` +
      `CSS highlights (MentionHighlights, cap ${MAX_HIGHLIGHTED} highlighted like the content script); its main-thread time is ` +
      `sliceStats.totalMs, its wall time start()→idle().`,
  );
  out.push('');

  out.push('## Pages');
  out.push(
    mdTable(
      ['page', 'HTML', 'text chars', 'text nodes', 'elements'],
      cases.map((c) => {
        const info = raw.info[c.key];
        return [
          caseLabel(c),
          mb(c.variant === 'planted' ? c.page.plantedBytes : c.page.htmlBytes),
          info ? info.textChars.toLocaleString('en') : '?',
          info ? info.textNodes.toLocaleString('en') : '?',
          info ? info.elements.toLocaleString('en') : '?',
        ];
      }),
    ),
  );
  out.push('');

  // Scan vs floor
  out.push('## Full scan vs the bare text walk');
  const scanRows: string[][] = [];
  for (const c of cases) {
    const walk = med(raw.floor[c.key], (w) => w.ms);
    const main = scanMs(c.key);
    const wall = med(raw.scan[c.key], (s) => s.wallMs);
    const found = med(raw.scan[c.key], (s) => s.count);
    const ratio = main / walk;
    // Issue 21: with 1,000 mentions the ratio is a budget on pages of 3 MB or more, information on smaller ones.
    const limit =
      c.variant === 'planted'
        ? c.page.big
          ? BUDGET.scanVsWalkPlanted
          : null
        : c.page.hasMentions
          ? null
          : BUDGET.scanVsWalkClean;
    const v = limit === null ? 'n/a' : verdict(Number.isFinite(ratio) ? ratio <= limit : null);
    scanRows.push([
      caseLabel(c),
      fmt(walk),
      fmt(main),
      fmt(wall),
      String(found),
      fmt(med(raw.scan[c.key], (s) => s.slices)),
      `${fmt(ratio)}×`,
      limit === null ? 'info' : `≤ ${limit}×`,
      v,
    ]);
    if (limit !== null)
      budgetRows.push({
        budget: `scan ≤ ${limit}× bare walk${c.variant === 'planted' ? ` (${PLANTED} mentions)` : ' (no mention)'}`,
        subject: caseLabel(c),
        value: `${fmt(ratio)}×`,
        limit: `${limit}×`,
        verdict: v,
      });
  }
  out.push(
    mdTable(
      [
        'page',
        'bare walk ms',
        'scan main-thread ms',
        'scan wall ms',
        'found',
        'slices',
        'scan / walk',
        'budget',
        'result',
      ],
      scanRows,
    ),
  );
  out.push('');

  // Phases
  out.push('## Where the scan time goes');
  out.push(
    'Each group of columns on its own fresh load: the bare walks; TextSegmenter alone; then, on the segments it produced, createMatcher, ' +
      'findMentions cold (includes V8 compiling the regexes) and warm (steady state), and what PageScanner.accept does per mention ' +
      '(placeMentions, checkVisibility on the parent, createRange, Highlight.add). The scan column is the real scan (main-thread ms).',
  );
  out.push(
    mdTable(
      [
        'page',
        'text walk',
        'element+text walk',
        'TextSegmenter',
        'createMatcher',
        'match cold',
        'match warm',
        'place',
        'checkVisibility',
        'createRange',
        'Highlight.add',
        'scan',
      ],
      cases.map((c) => {
        const p = raw.profile[c.key];
        return [
          caseLabel(c),
          fmt(med(raw.floor[c.key], (w) => w.ms)),
          fmt(med(raw.elementWalk[c.key], (w) => w.ms)),
          fmt(med(p, (x) => x.segmentMs)),
          fmt(med(p, (x) => x.compileMs)),
          fmt(med(p, (x) => x.matchColdMs)),
          fmt(med(p, (x) => x.matchWarmMs)),
          fmt(med(p, (x) => x.placeMs)),
          fmt(med(p, (x) => x.visibilityMs)),
          fmt(med(p, (x) => x.rangeMs)),
          fmt(med(p, (x) => x.highlightMs)),
          fmt(scanMs(c.key)),
        ];
      }),
    ),
  );
  out.push('');

  // mark.js
  out.push('## mark.js 8.11.1 on the same page and terms');
  out.push(
    [
      "`new Mark(document.body).markRegExp(re, { acrossElements: true })`, each `re` built from our terms by core's `compilePattern` (same alternatives, same word boundaries); mark.js defaults otherwise. It cannot apply our context rule for ambiguous terms, so it may mark more.",
      "- **per term** (the budget's comparison): one call per term, each a walk of the page, as a page script marking a list of terms does (`mark(keywords)` walks the page once per keyword too, and our terms spell out as well over a thousand keywords: hours on the big pages).",
      "- **combined** (information): all terms in one regex, one call: mark.js's fastest possible use, which needs our compiler to write the regex. It costs about 10× a bare walk on a page without mentions, so ≥ 100× against it would mean reading a tenth of the page.",
    ].join('\n'),
  );
  const markRows: string[][] = [];
  for (const c of cases) {
    const perTerm = raw.mark['per-term'][c.key] ?? [];
    const combined = raw.mark.combined[c.key] ?? [];
    if (perTerm.length === 0 && combined.length === 0) {
      markRows.push([caseLabel(c), 'skipped', '', '', '', '', '', '', '', 'n/a']);
      continue;
    }
    const ours = scanMs(c.key);
    const perTermMs = perTerm.length > 0 ? med(perTerm, (m) => m.ms) : NaN;
    const combinedMs = combined.length > 0 ? med(combined, (m) => m.ms) : NaN;
    const speedup = perTermMs / ours;
    // Issue 21: a budget on pages of 1 MB or more; on smaller ones compiling the regex outweighs mark.js.
    const budgeted = c.page.htmlBytes >= BUDGET.markjsMinBytes;
    const v = verdict(Number.isFinite(speedup) ? speedup >= BUDGET.markjsSpeedup : null);
    const reps = `${perTerm.length} / ${combined.length}`;
    const marks =
      perTerm.length > 0 ? String(med(perTerm, (m) => m.marks)) : String(med(combined, (m) => m.marks));
    markRows.push([
      caseLabel(c),
      fmt(perTermMs),
      fmt(combinedMs),
      reps,
      marks,
      fmt(ours),
      `${fmt(speedup)}×`,
      `${fmt(combinedMs / ours)}×`,
      budgeted ? `≥ ${BUDGET.markjsSpeedup}×` : 'info',
      budgeted ? v : 'info',
    ]);
    if (budgeted)
      budgetRows.push({
        budget: `≥ ${BUDGET.markjsSpeedup}× faster than mark.js (per term)`,
        subject: caseLabel(c),
        value: `${fmt(speedup)}× (combined regex: ${fmt(combinedMs / ours)}×)`,
        limit: `${BUDGET.markjsSpeedup}×`,
        verdict: v,
      });
  }
  out.push(
    mdTable(
      [
        'page',
        'mark.js per term ms',
        'combined ms',
        'reps (per term / combined)',
        'marks',
        'our scan ms',
        'speed-up vs per term',
        'vs combined (info)',
        'budget',
        'result',
      ],
      markRows,
    ),
  );
  out.push('');

  // Longest task
  out.push(
    `## Longest task the extension causes (max over all repetitions; long tasks = PerformanceObserver 'longtask' entries ending after the scan started, up to 2 frames after idle)`,
  );
  const taskRows: string[][] = [];
  /**
   * `control`: long tasks of the same change on a load without scanner (the browser's own rendering).
   * Long tasks no longer than the control's longest (+10%) are the browser's, not the extension's.
   */
  const taskRow = (
    subject: string,
    slices: number[],
    longTasks: number[],
    compile: number[] | null,
    budgeted: boolean,
    control: number[] = [],
  ) => {
    const longestSlice = max(slices);
    const browsers = control.length > 0 ? Math.max(...control) * 1.1 : 0;
    const ours = longTasks.filter((t) => t > browsers);
    const longestTask = ours.length > 0 ? Math.max(...ours) : 0;
    const longestCompile = compile ? max(compile) : 0;
    const worst = Math.max(longestSlice, longestTask, longestCompile);
    const v = verdict(slices.length > 0 ? worst <= BUDGET.longestTaskMs : null);
    const shown = longTasks.length > 0 ? `${longTasks.length} (max ${fmt(Math.max(...longTasks))})` : 'none';
    const note =
      control.length > 0 && longTasks.length > ours.length
        ? `; without scanner: ${control.length} (max ${fmt(Math.max(...control))}), the browser's own layout`
        : '';
    taskRows.push([
      subject,
      `${fmt(median(slices))} / ${fmt(longestSlice)}`,
      shown + note,
      compile ? fmt(longestCompile) : '—',
      budgeted ? v : `info: ${v}`,
    ]);
    if (budgeted)
      budgetRows.push({
        budget: `no task over ${BUDGET.longestTaskMs} ms`,
        subject,
        value: `${fmt(worst)} ms`,
        limit: `${BUDGET.longestTaskMs} ms`,
        verdict: v,
      });
  };
  for (const c of cases) {
    const runs = raw.scan[c.key] ?? [];
    taskRow(
      `scan: ${caseLabel(c)}`,
      runs.map((s) => s.longestSliceMs),
      runs.flatMap((s) => s.longTasks.map((t) => t.duration)),
      runs.map((s) => s.compileMs),
      true,
    );
  }
  for (const c of cases.filter((x) => x.variant === 'plain' && x.page.incremental)) {
    const runs = raw.batch[c.page.id] ?? [];
    const control = (raw.batchControl[c.page.id] ?? []).flatMap((b) => b.longTasks.map((t) => t.duration));
    taskRow(
      `batch of 100 paragraphs: ${c.page.label}`,
      runs.map((b) => b.longestSliceMs),
      runs.flatMap((b) => b.longTasks.map((t) => t.duration)),
      null,
      true,
      control,
    );
  }
  for (const c of cases) {
    const runs = raw.sweep[c.key] ?? [];
    taskRow(
      `look for new shadow roots after a click: ${caseLabel(c)}`,
      runs.map((s) => s.longestSliceMs),
      runs.flatMap((s) => s.longTasks.map((t) => t.duration)),
      null,
      true,
    );
  }
  for (const { c, terms } of plan) {
    const runs = raw.synthetic[`${c.page.id}@${terms}`] ?? [];
    taskRow(
      `${terms.toLocaleString('en')} synthetic terms: ${c.page.label}`,
      runs.map((s) => s.longestSliceMs),
      runs.flatMap((s) => s.longTasks.map((t) => t.duration)),
      runs.map((s) => s.compileMs),
      false,
    );
  }
  out.push(
    mdTable(
      [
        'what',
        'longest slice ms (median / max of reps)',
        'long tasks ≥ 50 ms',
        'building the matcher ms (a task of its own before the scan)',
        'result',
      ],
      taskRows,
    ),
  );
  out.push('');

  // Sweep for shadow roots
  out.push('## Looking for new shadow roots after a click (issue 17)');
  out.push(
    'A shadow root attached on a click, or by a custom element defined late, makes no mutation record: after a click or a key press (at most once a second) the scanner looks at the elements of every root it watches for an open shadow root it has not seen (on a large page, only custom elements). Measured on the scanned page, a click on its body; the element walk is what visiting every element once costs there (information).',
  );
  out.push(
    mdTable(
      [
        'page',
        'sweep main-thread ms',
        'slices',
        'longest slice ms',
        'long tasks ≥ 50 ms',
        'element walk ms (info)',
      ],
      cases.map((c) => {
        const runs = raw.sweep[c.key] ?? [];
        const tasks = runs.flatMap((s) => s.longTasks.map((t) => t.duration));
        const walk = raw.elementWalk[c.key];
        return [
          caseLabel(c),
          runs.length > 0 ? fmt(med(runs, (s) => s.sliceMs)) : 'n/a',
          runs.length > 0 ? fmt(med(runs, (s) => s.slices)) : 'n/a',
          runs.length > 0 ? fmt(max(runs.map((s) => s.longestSliceMs))) : 'n/a',
          tasks.length > 0 ? `${tasks.length} (max ${fmt(Math.max(...tasks))})` : 'none',
          walk && walk.length > 0 ? fmt(med(walk, (w) => w.ms)) : '—',
        ];
      }),
    ),
  );
  out.push('');

  // Incremental
  out.push(
    `## Incremental batch: 100 paragraphs (${BATCH.mentions} mentions) appended after the initial scan`,
  );
  out.push(
    "Control = the same append on a fresh load without any scanner: time to the next rendered frame (Chromium's own style/layout/paint of the new paragraphs), and its long tasks.",
  );
  const incremental = cases.filter((c) => c.variant === 'plain' && c.page.incremental);
  out.push(
    mdTable(
      [
        'page',
        'append → idle wall ms',
        'after the appends → idle ms',
        'scanner slice ms',
        'slices',
        'found',
        'control: append → rendered ms',
        'control: long tasks',
      ],
      incremental.map((c) => {
        const runs = raw.batch[c.page.id];
        const control = raw.batchControl[c.page.id] ?? [];
        const controlTasks = control.flatMap((x) => x.longTasks.map((t) => t.duration));
        return [
          c.page.label,
          fmt(med(runs, (b) => b.wallMs)),
          fmt(med(runs, (b) => b.afterAppendMs)),
          fmt(med(runs, (b) => b.sliceMs)),
          fmt(med(runs, (b) => b.slices)),
          String(med(runs, (b) => b.found)),
          fmt(med(control, (x) => x.toRenderedMs)),
          controlTasks.length > 0 ? `${controlTasks.length} (max ${fmt(Math.max(...controlTasks))})` : 'none',
        ];
      }),
    ),
  );
  if (incremental.length === 2) {
    const [small, big] = incremental as [Case, Case];
    const sliceRatio =
      med(raw.batch[big.page.id], (b) => b.sliceMs) / med(raw.batch[small.page.id], (b) => b.sliceMs);
    const wallRatio =
      med(raw.batch[big.page.id], (b) => b.wallMs) / med(raw.batch[small.page.id], (b) => b.wallMs);
    // The wall time includes Chromium's own layout of the new paragraphs, which grows with the page with
    // or without an extension: what the extension adds is the wall time beyond the control's.
    const added = (c: Case) =>
      med(raw.batch[c.page.id], (b) => b.wallMs) -
      med(raw.batchControl[c.page.id] ?? [], (x) => x.toRenderedMs);
    const addedRatio = added(big) / added(small);
    const vSlice = verdict(Number.isFinite(sliceRatio) ? sliceRatio <= BUDGET.incrementalRatio : null);
    const vAdded = verdict(
      Number.isFinite(addedRatio) && added(small) > 0 ? addedRatio <= BUDGET.incrementalRatio : null,
    );
    out.push('');
    out.push(
      `${big.page.label} / ${small.page.label}: scanner main-thread ${fmt(sliceRatio)}× (**${vSlice}**); wall time added beyond the control ${fmt(added(big))} / ${fmt(added(small))} ms = ${fmt(addedRatio)}× (**${vAdded}**); budget ≤ ${BUDGET.incrementalRatio}×. Wall append → idle including the browser's layout: ${fmt(wallRatio)}× (information).`,
    );
    const subject = `${big.page.label} vs ${small.page.label}`;
    budgetRows.push({
      budget: `incremental batch ≤ ${BUDGET.incrementalRatio}×: scanner main-thread time`,
      subject,
      value: `${fmt(sliceRatio)}×`,
      limit: `${BUDGET.incrementalRatio}×`,
      verdict: vSlice,
    });
    budgetRows.push({
      budget: `incremental batch ≤ ${BUDGET.incrementalRatio}×: wall time added beyond the browser's own rendering`,
      subject,
      value: `${fmt(addedRatio)}× (with the rendering: ${fmt(wallRatio)}×)`,
      limit: `${BUDGET.incrementalRatio}×`,
      verdict: vAdded,
    });
  }
  out.push('');

  // synthetic terms
  const tenK = SYNTHETIC_TERMS.toLocaleString('en');
  out.push(`## ${tenK} synthetic terms vs the topic's own (CCSVI) term set, page as is`);
  if (raw.tenKFailure !== null) {
    out.push(
      `**${tenK} terms: the matcher does not compile** (${raw.tenKFailure}).` +
        (raw.maxCompilableTerms !== null
          ? ` The largest count V8 compiles here is about ${raw.maxCompilableTerms.toLocaleString('en')}.`
          : '') +
        ' The rows below (info only) show smaller counts.',
    );
    budgetRows.push({
      budget: `${tenK} terms ≤ ${BUDGET.termsRatio}× own terms`,
      subject: 'every page',
      value: 'does not compile',
      limit: `${BUDGET.termsRatio}×`,
      verdict: 'FAIL',
    });
  }
  out.push(
    'Main-thread time = building the matcher + the scan (whose first slices include V8 compiling the regex); scan-only ratio alongside. ' +
      'Each term lists its anchors (data/ccsvi/terms.ts; lib/synthetic-terms.ts for the synthetic ones); both sets search them with one regex.' +
      (raw.tenKDeriveMs !== null
        ? ` createMatcher for the ${tenK} terms on a fresh load: ${fmt(raw.tenKDeriveMs)} ms (information).`
        : ''),
  );
  const termRows: string[][] = [];
  for (const { c, terms } of plan) {
    const own = raw.scan[c.key];
    const synthetic = raw.synthetic[`${c.page.id}@${terms}`];
    const ownTotal = med(own, (s) => s.compileMs + s.totalMs);
    const ratio = med(synthetic, (s) => s.compileMs + s.totalMs) / ownTotal;
    const scanRatio = med(synthetic, (s) => s.totalMs) / med(own, (s) => s.totalMs);
    const measured = verdict(Number.isFinite(ratio) ? ratio <= BUDGET.termsRatio : null);
    termRows.push([
      c.page.label,
      terms.toLocaleString('en'),
      String(synthetic?.length ?? 0),
      fmt(med(own, (s) => s.compileMs)),
      fmt(med(own, (s) => s.totalMs)),
      fmt(med(synthetic, (s) => s.compileMs)),
      fmt(med(synthetic, (s) => s.totalMs)),
      `${fmt(scanRatio)}×`,
      `${fmt(ratio)}×`,
      // retired as a budget (issue 21): the extension ships a few dozen terms
      `info: ${measured}`,
    ]);
  }
  out.push(
    mdTable(
      [
        'page',
        'terms',
        'reps',
        'own: build matcher ms',
        'own: scan ms',
        'synthetic: build matcher ms',
        'synthetic: scan ms',
        'scan ratio',
        'total ratio',
        'result',
      ],
      termRows,
    ),
  );
  out.push('');

  // ms per MB
  out.push(
    '## No-mention pages: main-thread time per MB of text (text = sum of text-node lengths, 1 MB = 10^6 characters)',
  );
  const perMbRows: string[][] = [];
  for (const c of cases.filter((x) => x.variant === 'plain' && !x.page.hasMentions)) {
    const info = raw.info[c.key];
    const textMb = info ? info.textChars / 1_000_000 : Number.NaN;
    const total = scanMs(c.key);
    const perMb = total / textMb;
    // Retired as a budget by issue 21 (below the cost of reading the text once here): information.
    const v = 'info';
    const withCompile = (med(raw.scan[c.key], (x) => x.compileMs) + total) / textMb;
    const walkPerMb = med(raw.floor[c.key], (w) => w.ms) / textMb;
    const reading = raw.readingFloor[c.key];
    const readingPerMb =
      (med(reading, (r) => r.textContentMs) + med(reading, (r) => r.shadowWalkMs)) / textMb;
    perMbRows.push([
      c.page.label,
      fmt(textMb),
      fmt(total),
      fmt(perMb),
      fmt(withCompile),
      fmt(walkPerMb),
      `${fmt(med(reading, (r) => r.textContentMs) / textMb)} + ${fmt(med(reading, (r) => r.shadowWalkMs) / textMb)} = ${fmt(readingPerMb)}`,
      `info (was ≤ ${BUDGET.msPerMb})`,
      v,
    ]);
  }
  out.push(
    mdTable(
      [
        'page',
        'text MB',
        'sliceStats.totalMs',
        'ms per MB',
        'ms per MB incl. building the matcher',
        'bare walk ms per MB',
        'reading floor ms per MB: body.textContent + element walk for shadow roots',
        'budget',
        'result',
      ],
      perMbRows,
    ),
  );
  out.push(
    'The reading floor (own fresh loads) is what any scan of such a page must pay: its text read once, and every element asked for an open shadow root.',
  );
  out.push('');

  // size
  out.push(
    "## Content script size (.output/chrome-mv3, files listed by the manifest's content_scripts; gzip level 9, per file)",
  );
  if (size) {
    const v = verdict(size.gzip <= BUDGET.gzipBytes);
    out.push(
      mdTable(
        ['file', 'raw', 'gzip'],
        [
          ...size.files.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
          ['**total**', kb(size.raw), `${kb(size.gzip)} (budget ${kb(BUDGET.gzipBytes)}): **${v}**`],
        ],
      ),
    );
    budgetRows.push({
      budget: `content script ≤ ${kb(BUDGET.gzipBytes)} gzipped`,
      subject: size.files.map((f) => f.file).join(' + '),
      value: kb(size.gzip),
      limit: kb(BUDGET.gzipBytes),
      verdict: v,
    });
  } else out.push('build output missing');
  out.push('');

  out.push('## Budgets');
  out.push(
    mdTable(
      ['budget', 'subject', 'value', 'limit', 'result'],
      budgetRows.map((b) => [
        b.budget,
        b.subject,
        b.value,
        b.limit,
        b.verdict === 'FAIL' ? '**FAIL**' : b.verdict,
      ]),
    ),
  );
  const failed = budgetRows.filter((b) => b.verdict === 'FAIL').length;
  out.push('');
  out.push(`${budgetRows.length - failed} of ${budgetRows.length} budget rows pass, ${failed} fail.`);
  if (notes.length > 0) out.push('', '## Notes', ...notes.map((n) => `- ${n}`));
  if (errors.length > 0) out.push('', '## Errors', ...errors.map((e) => `- ${e}`));
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  log(`mode: ${QUICK ? 'quick' : 'full'}, ${REPS} repetition(s)`);
  await mkdir(CACHE, { recursive: true });
  await mkdir(ARTIFACTS, { recursive: true });

  let size: ContentScriptSize | null = null;
  try {
    ensureExtensionBuilt(ROOT, log);
    size = contentScriptSize(path.join(ROOT, '.output/chrome-mv3'));
  } catch (err) {
    errors.push(`content script size: ${String(err)}`);
  }

  log('bundling the page script …');
  const pageScript = readFileSync(await bundlePageScript(ROOT, CACHE), 'utf8');
  const markScript = readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

  const mounts: Record<string, string> = {};
  let plan: Array<{ c: Case; terms: number; reps: number }> = [];
  const server = await startServer(mounts);
  log('preparing pages …');
  const pages = await preparePages(server.origin, mounts);
  const cases: Case[] = pages.flatMap((page) => [
    { key: `${page.id}`, page, variant: 'plain' as const, url: page.url },
    ...(page.plantedUrl
      ? [{ key: `${page.id}+planted`, page, variant: 'planted' as const, url: page.plantedUrl }]
      : []),
  ]);

  const browser = await chromium.launch({
    executablePath: ensureBrowser('chromium', 'the benchmark'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--js-flags=--expose-gc',
    ],
  });
  const machine = {
    cpu:
      /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ??
      os.cpus()[0]?.model ??
      'unknown',
    cores: os.cpus().length,
    chromium: browser.version(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // mark.js's UMD wrapper sets `this.Mark`: run it with `this` = window.
    await context.addInitScript({ content: `(function () {\n${markScript}\n}).call(window);` });
    await context.addInitScript({ content: pageScript });

    const probeCase = cases.find((c) => c.variant === 'plain' && c.page.tenK);
    if (probeCase) await probeTermCount(probeCase);
    plan = syntheticPlan(cases);
    for (let rep = 0; rep < REPS; rep++) {
      log(`repetition ${rep + 1}/${REPS}: bare walk, scan, batch`);
      for (const c of cases) await measureFloor(c);
      for (const c of cases) await measureScan(c);
      for (const c of cases) if (c.variant === 'plain' && c.page.incremental) await measureBatchControl(c);
      log(`repetition ${rep + 1}/${REPS}: synthetic terms, phases`);
      for (const step of plan) if (rep < step.reps) await measureSynthetic(step.c, step.terms);
      for (const c of cases) await measureProfile(c);
    }
    for (const c of cases) {
      if (!c.page.markjs) continue;
      const reps = c.page.big ? MARK_REPS_BIG : REPS;
      if (reps === 0) continue;
      log(`mark.js on ${c.key} (${reps}×) …`);
      for (const mode of MARK_MODES) await measureMark(c, mode, reps);
    }
    if (MARK_REPS_BIG < REPS && cases.some((c) => c.page.markjs && c.page.big))
      notes.push(
        `mark.js: ${MARK_REPS_BIG} repetitions on pages over 3 MB (it takes seconds there), ${REPS} elsewhere`,
      );
    if (QUICK) notes.push('quick mode: mark.js only on pages up to 200 KB');
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  // What the whole extension adds, measured from outside on all.html: the first row of the report.
  let outsideIn: OutsideInRow[] = [];
  const nodeDoc = pages.find((p) => p.id === 'nodejs-all');
  if (nodeDoc?.plantedUrl) {
    const outsideServer = await startServer(mounts);
    try {
      const url = (u: string) => u.replace(server.origin, outsideServer.origin);
      outsideIn = await measureOutsideIn(
        [
          { label: `${nodeDoc.label}, no mention`, url: url(nodeDoc.url), mentions: 0 },
          {
            label: `${nodeDoc.label} + ${PLANTED.toLocaleString('en')} mentions`,
            url: url(nodeDoc.plantedUrl),
            mentions: PLANTED,
          },
        ],
        { build: path.join(ROOT, '.output/chrome-mv3'), reps: QUICK ? 1 : Math.max(7, REPS), log },
      );
    } catch (err) {
      errors.push(`outside-in: ${short(err)}`);
    } finally {
      await outsideServer.close();
    }
  } else notes.push('outside-in: needs Node.js all.html, which is unavailable');

  const outsideInSection = outsideIn.length
    ? `## What the extension adds to the page, measured from outside\n\nRenderer main-thread task time (CDP Performance.getMetrics TaskDuration) of fresh loads without and with the built extension, interleaved, medians of ${outsideIn[0]!.with.length}. Budget (issue 21): no mention, at most 2× one cold \`document.body.textContent\` read + 15 ms; 1,000 mentions, 8× that read + 30 ms.\n\n${outsideInTable(outsideIn)}\n\n`
    : '';
  const report = outsideInSection + buildReport(cases, size, machine, plan);
  process.stdout.write('\n' + report);
  await writeFile(path.join(ARTIFACTS, 'latest.md'), report);
  await writeFile(
    path.join(ARTIFACTS, 'latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        mode: QUICK ? 'quick' : 'full',
        repetitions: REPS,
        machine,
        settings: {
          maxHighlighted: MAX_HIGHLIGHTED,
          planted: PLANTED,
          syntheticTerms: SYNTHETIC_TERMS,
          batch: { paragraphs: 100, mentions: BATCH.mentions },
        },
        pages: pages.map(({ id, label, url, plantedUrl, htmlBytes, plantedBytes }) => ({
          id,
          label,
          url,
          plantedUrl,
          htmlBytes,
          plantedBytes,
        })),
        contentScript: size,
        budgets: budgetRows,
        outsideIn,
        raw,
        notes,
        errors,
      },
      null,
      2,
    ) + '\n',
  );
  log(`wrote ${path.relative(ROOT, ARTIFACTS)}/latest.md and latest.json`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
