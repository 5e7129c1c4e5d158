/**
 * What the whole extension adds to a page, measured from outside: the renderer's main-thread task time
 * (Chrome DevTools Protocol `Performance.getMetrics`, `TaskDuration`) of fresh loads with and without the
 * built extension, interleaved. It counts what the scanner's own timers miss: script start-up, stylesheet
 * injection and the style work it causes, garbage collection, observers.
 *
 * `tsx bench/outside-in.ts [--reps N] [--build DIR]` runs it alone on Node's all.html (with and without
 * 1,000 planted mentions); bench/run.ts calls measureOutsideIn for its first table row.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { ensureBrowser } from '../scripts/lib/ensure-browser';
import { ensureExtensionBuilt } from './lib/build';
import { ensureNodeDoc } from './lib/nodedoc';
import { plantMentions } from './lib/plant';
import { startServer } from './lib/server';
import { median } from './lib/stats';

/** How long after `load` the metrics are read: the extension's scan (slices, frames) is over well before. */
const SETTLE_MS = 2500;

export interface OutsideInPage {
  label: string;
  url: string;
  /** 0 for a page without mentions */
  mentions: number;
}

export interface OutsideInRow {
  label: string;
  mentions: number;
  /** renderer task time of each fresh load, in ms */
  without: number[];
  with: number[];
  /** one cold document.body.textContent read of the page, per load without the extension */
  coldRead: number[];
}

export const added = (row: OutsideInRow) => median(row.with) - median(row.without);

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** A fresh load in its own tab: the renderer's task time once settled, and optionally a cold text read. */
async function load(
  context: BrowserContext,
  url: string,
  readText: boolean,
): Promise<{ task: number; read: number | null }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.waitForTimeout(SETTLE_MS);
    const task = await taskMs(cdp);
    // Read after the metrics, so the read itself is not counted in either variant.
    const read = readText
      ? ((await page.evaluate(
          '(() => { const t = performance.now(); void document.body.textContent.length; return performance.now() - t; })()',
        )) as number)
      : null;
    await cdp.detach();
    return { task, read };
  } finally {
    await page.close();
  }
}

/** Headless Chromium in a fresh profile, with the extension in `extensionDir` once its content script is registered. */
async function launch(executablePath: string, extensionDir: string | null): Promise<BrowserContext> {
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (extensionDir)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  if (!extensionDir) return context;
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  for (let i = 0; i < 100; i++) {
    if (await worker.evaluate('chrome.scripting.getRegisteredContentScripts().then((s) => s.length > 0)'))
      return context;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension never registered its content script');
}

/** Interleaved fresh loads of each page, without then with the extension, `reps` times. */
export async function measureOutsideIn(
  pages: OutsideInPage[],
  { build, reps, log }: { build: string; reps: number; log: (line: string) => void },
): Promise<OutsideInRow[]> {
  const executablePath = ensureBrowser('chromium', 'the benchmark');
  const bare = await launch(executablePath, null);
  const extContext = await launch(executablePath, build);
  const rows = pages.map((p): OutsideInRow => ({
    label: p.label,
    mentions: p.mentions,
    without: [],
    with: [],
    coldRead: [],
  }));
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const [i, page] of pages.entries()) {
        const row = rows[i]!;
        const a = await load(bare, page.url, true);
        const b = await load(extContext, page.url, false);
        row.without.push(a.task);
        row.coldRead.push(a.read ?? NaN);
        row.with.push(b.task);
        log(
          `outside-in ${page.label} ${rep + 1}/${reps}: ${a.task.toFixed(0)} ms without, ${b.task.toFixed(0)} ms with`,
        );
      }
    }
  } finally {
    await bare.close();
    await extContext.close();
  }
  return rows;
}

/** The budgets of issue 21: no mention, at most 2× the cold read + 15 ms; 1,000 mentions, 8× + 30 ms. */
export function outsideInBudget(row: OutsideInRow): number {
  const read = median(row.coldRead);
  return row.mentions === 0 ? 2 * read + 15 : 8 * read + 30;
}

export function outsideInTable(rows: OutsideInRow[]): string {
  const head =
    '| page | without the extension | with it | added | cold `textContent` read | budget | verdict |\n|---|---|---|---|---|---|---|';
  const lines = rows.map((r) => {
    const add = added(r);
    const budget = outsideInBudget(r);
    return `| ${r.label} | ${median(r.without).toFixed(0)} ms | ${median(r.with).toFixed(0)} ms | ${add.toFixed(0)} ms | ${median(r.coldRead).toFixed(1)} ms | ≤ ${budget.toFixed(0)} ms | ${add <= budget ? 'PASS' : 'FAIL'} |`;
  });
  return [head, ...lines].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { reps: { type: 'string', default: '7' }, build: { type: 'string' } },
  });
  const root = fileURLToPath(new URL('..', import.meta.url));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const build = values.build ? path.resolve(values.build) : path.join(root, '.output/chrome-mv3');
  if (!values.build) ensureExtensionBuilt(root, log);
  const doc = await ensureNodeDoc(path.join(root, '.cache/bench'), log);
  await writeFile(
    path.join(doc.dir, 'all-planted.html'),
    plantMentions(readFileSync(path.join(doc.dir, 'all.html'), 'utf8'), 1000).html,
  );
  const server = await startServer({ '/nodejs/': doc.dir });
  try {
    const rows = await measureOutsideIn(
      [
        { label: 'Node.js all.html, no mention', url: `${server.origin}/nodejs/all.html`, mentions: 0 },
        {
          label: 'Node.js all.html + 1,000 mentions',
          url: `${server.origin}/nodejs/all-planted.html`,
          mentions: 1000,
        },
      ],
      { build, reps: Number(values.reps), log },
    );
    console.log(outsideInTable(rows));
  } finally {
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
