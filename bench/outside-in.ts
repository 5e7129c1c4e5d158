/**
 * What the whole extension adds to a page, measured from outside: the renderer's main-thread task time
 * (Chrome DevTools Protocol `Performance.getMetrics`, `TaskDuration`) of fresh loads with and without the
 * built extension, interleaved. It counts what the scanner's own timers miss: script start-up, stylesheet
 * injection and the style work it causes, garbage collection, observers.
 *
 * `tsx bench/outside-in.ts [--reps N] [--build DIR] [--profile]` runs it alone on Node's all.html (with
 * and without 1,000 planted mentions); `--profile` instead gives the extension's own JavaScript time by
 * script file. bench/run.ts calls measureOutsideIn for its first table row.
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

/** JavaScript self time of one load, by the extension's script file (and the page's, as 'page'), in ms. */
export type ScriptTime = Record<string, number>;

/**
 * Sums a CPU profile's samples by script: the extension's files by name, everything else as 'page' or
 * '(native)'; and the extension's functions as "file function:line" (names only in an unminified build).
 */
function scriptTime(profile: {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}): { files: ScriptTime; functions: ScriptTime } {
  const keys = new Map<number, [file: string, fn: string | null]>();
  for (const node of profile.nodes) {
    const { url, functionName, lineNumber } = node.callFrame;
    if (url.startsWith('chrome-extension://')) {
      const file = url.slice(url.indexOf('/', 'chrome-extension://'.length) + 1);
      keys.set(node.id, [file, `${file} ${functionName || '(anonymous)'}:${lineNumber + 1}`]);
    } else {
      keys.set(node.id, [url ? 'page' : functionName.startsWith('(') ? functionName : '(native)', null]);
    }
  }
  const files: ScriptTime = {};
  const functions: ScriptTime = {};
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const [file, fn] = keys.get(id) ?? ['(native)', null];
    const ms = (deltas[i + 1] ?? 0) / 1000;
    files[file] = (files[file] ?? 0) + ms;
    if (fn) functions[fn] = (functions[fn] ?? 0) + ms;
  });
  return { files, functions };
}

/** A fresh load in its own tab: the renderer's task time once settled, and optionally a cold text read or a CPU profile. */
async function load(
  context: BrowserContext,
  url: string,
  readText: boolean,
  profile = false,
): Promise<{ task: number; read: number | null; scripts: ReturnType<typeof scriptTime> | null }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.waitForTimeout(SETTLE_MS);
    const task = await taskMs(cdp);
    const scripts = profile ? scriptTime((await cdp.send('Profiler.stop')).profile) : null;
    // Read after the metrics, so the read itself is not counted in either variant.
    const read = readText
      ? ((await page.evaluate(
          '(() => { const t = performance.now(); void document.body.textContent.length; return performance.now() - t; })()',
        )) as number)
      : null;
    await cdp.detach();
    return { task, read, scripts };
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

/**
 * Where the extension's own JavaScript time goes: `reps` fresh loads of each page with the extension under
 * the CPU profiler (which slows them, so these loads are not the ones the table above compares), the
 * median self time of each of its script files, and of the garbage collector for reference.
 */
export async function measureScriptTime(
  pages: OutsideInPage[],
  { build, reps }: { build: string; reps: number },
): Promise<string> {
  const executablePath = ensureBrowser('chromium', 'the benchmark');
  const bare = await launch(executablePath, null);
  const context = await launch(executablePath, build);
  const lines = ['| page | script | median self time | per load |', '|---|---|---|---|'];
  const top: string[] = [];
  try {
    for (const page of pages) {
      const loads: ReturnType<typeof scriptTime>[] = [];
      const bareGc: number[] = [];
      for (let rep = 0; rep < reps; rep++) {
        bareGc.push((await load(bare, page.url, false, true)).scripts!.files['(garbage collector)'] ?? 0);
        loads.push((await load(context, page.url, false, true)).scripts!);
      }
      lines.push(
        `| ${page.label} | (garbage collector), without the extension | ${median(bareGc).toFixed(1)} ms | ${bareGc.map((t) => t.toFixed(0)).join(', ')} |`,
      );
      const medianOf = (pick: (l: (typeof loads)[number]) => ScriptTime) => {
        const keys = new Set(loads.flatMap((l) => Object.keys(pick(l))));
        return new Map([...keys].map((k) => [k, loads.map((l) => pick(l)[k] ?? 0)]));
      };
      for (const [file, each] of [...medianOf((l) => l.files)].sort()) {
        if (!file.endsWith('.js') && file !== '(garbage collector)') continue;
        lines.push(
          `| ${page.label} | ${file} | ${median(each).toFixed(1)} ms | ${each.map((t) => t.toFixed(0)).join(', ')} |`,
        );
      }
      const functions = [...medianOf((l) => l.functions)].map(([fn, each]) => [fn, median(each)] as const);
      functions.sort((a, b) => b[1] - a[1]);
      top.push(
        `${page.label}: ${functions
          .slice(0, 12)
          .map(([fn, ms]) => `${fn} ${ms.toFixed(1)} ms`)
          .join('; ')}`,
      );
    }
  } finally {
    await bare.close();
    await context.close();
  }
  return [...lines, '', "The extension's busiest functions (median self time):", ...top].join('\n');
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
    options: {
      reps: { type: 'string', default: '7' },
      build: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
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
    const pages: OutsideInPage[] = [
      { label: 'Node.js all.html, no mention', url: `${server.origin}/nodejs/all.html`, mentions: 0 },
      {
        label: 'Node.js all.html + 1,000 mentions',
        url: `${server.origin}/nodejs/all-planted.html`,
        mentions: 1000,
      },
    ];
    const reps = Number(values.reps);
    if (values.profile) console.log(await measureScriptTime(pages, { build, reps }));
    else console.log(outsideInTable(await measureOutsideIn(pages, { build, reps, log })));
  } finally {
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
