#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//   1. the browsers (Debian's chromium and firefox-esr, installed when missing: scripts/lib/ensure-browser.ts)
//   2. tsc --noEmit   3. npm run lint (ESLint and Prettier, no warnings)   4. vitest run   5. npm run build
//   6. e2e in Chromium   7. e2e in Firefox   8. the benchmark's quick mode   9. web-ext lint (no errors allowed)
// Ends with a summary and the plain line "N passed, N failed" (tests counted
// from vitest's JSON report and the e2e runner's JSON results; a step that
// fails without test counts adds 1 failure). Exit code 1 on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'artifacts', 'test-all');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const bin = (name) => path.join(BIN, name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const MIN = 60_000;

mkdirSync(OUT, { recursive: true });
const outFile = (name) => {
  const file = path.join(OUT, name);
  rmSync(file, { force: true });
  return file;
};

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/**
 * web-ext lint warnings that are understood. UNSAFE_VAR_ASSIGNMENT: Preact's renderer assigns innerHTML
 * only for the dangerouslySetInnerHTML prop, which ESLint forbids in this project (eslint.config.js).
 */
const EXPLAINED_LINT_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

/** Each step: a command, a time limit, and optionally how to read test counts afterwards. */
const steps = [
  {
    name: 'browsers (installed when missing)',
    cmd: [bin('tsx'), 'scripts/ensure-browsers.ts', 'chromium', 'firefox'],
    timeoutMs: 15 * MIN,
  },
  { name: 'typecheck (tsc --noEmit)', cmd: [bin('tsc'), '--noEmit'], timeoutMs: 5 * MIN },
  { name: 'lint (npm run lint)', cmd: [npm, 'run', 'lint'], timeoutMs: 5 * MIN },
  {
    name: 'unit tests (vitest run)',
    prepare() {
      this.json = outFile('vitest.json');
    },
    get cmd() {
      return [
        bin('vitest'),
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${this.json}`,
      ];
    },
    timeoutMs: 15 * MIN,
    counts() {
      const r = readJson(this.json);
      return r ? { passed: r.numPassedTests, failed: r.numFailedTests } : null;
    },
  },
  { name: 'build (npm run build)', cmd: [npm, 'run', 'build'], timeoutMs: 10 * MIN },
  e2eStep('chromium'),
  e2eStep('firefox'),
  // Timings are judged from the full bench, never here: this only proves the benchmark still runs.
  {
    name: 'benchmark, quick mode (npm run bench:quick)',
    cmd: [npm, 'run', 'bench:quick'],
    timeoutMs: 5 * MIN,
  },
  {
    name: 'web-ext lint --source-dir .output/firefox-mv3',
    cmd: [bin('web-ext'), 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input'],
    capture: true,
    timeoutMs: 5 * MIN,
    check(stdout) {
      let report;
      try {
        report = JSON.parse(stdout.slice(stdout.indexOf('{')));
      } catch {
        return `could not read web-ext lint's JSON output:\n${stdout}`;
      }
      const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
      console.log(`web-ext lint: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
      for (const kind of ['errors', 'warnings', 'notices']) {
        for (const m of report[kind] ?? [])
          console.log(`  ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} — ${m.message}`);
      }
      if (errors > 0) return `web-ext lint reported ${errors} error(s)`;
      const unexplained = (report.warnings ?? []).filter((m) => !EXPLAINED_LINT_WARNINGS.has(m.code));
      return unexplained.length > 0
        ? `web-ext lint reported ${unexplained.length} warning(s) not explained in test-all.mjs`
        : null;
    },
  },
];

function e2eStep(browser) {
  return {
    name: `e2e tests in ${browser === 'chromium' ? 'Chromium' : 'Firefox'}`,
    prepare() {
      this.json = outFile(`e2e-${browser}.json`);
    },
    get cmd() {
      return [bin('tsx'), 'tests/e2e/run.ts', '--browser', browser, '--json', this.json];
    },
    timeoutMs: 5 * MIN,
    counts() {
      const r = readJson(this.json);
      return r ? { passed: r.passed, failed: r.failed } : null;
    },
  };
}

function run(cmd, { timeoutMs, capture }) {
  return new Promise((resolve) => {
    const [file, ...args] = cmd;
    const child = spawn(file, args, {
      cwd: ROOT,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
      detached: process.platform !== 'win32', // own process group, so a timeout can stop the browsers too
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
    let stdout = '';
    child.stdout?.on('data', (d) => (stdout += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: 127, stdout, error: err, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, timedOut });
    });
  });
}

const summary = [];
let passed = 0;
let failed = 0;
let stoppedAt = null;

for (const step of steps) {
  console.log(`\n━━ ${step.name}`);
  step.prepare?.();
  const started = Date.now();
  const result = await run(step.cmd, step);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  let problem = null;
  if (result.error) problem = `could not start ${step.cmd[0]}: ${result.error.message}`;
  else if (result.timedOut) problem = `timed out after ${step.timeoutMs / MIN} min`;
  else if (result.code !== 0) problem = `exited with code ${result.code}`;
  if (!problem && step.check) problem = step.check(result.stdout);
  else if (step.check && result.stdout && problem) console.log(result.stdout);

  const counts = step.counts?.() ?? null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  // A failed step whose report shows no failed test (no report, a crash, a
  // type error) still counts as one failure, so the last line never says 0.
  if (problem && !(counts && counts.failed > 0)) failed += 1;
  const countText = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : '';
  summary.push(
    `${problem ? 'FAIL' : 'ok  '}  ${step.name}${countText}  ${secs}s${problem ? ` — ${problem}` : ''}`,
  );
  if (problem) {
    stoppedAt = step.name;
    console.error(`\n✘ ${step.name} failed: ${problem}. Stopping here.`);
    break;
  }
}

console.log('\n━━ summary');
for (const line of summary) console.log(line);
const skipped = steps.slice(summary.length).map((s) => s.name);
if (skipped.length) console.log(`not run: ${skipped.join(', ')}`);
console.log(stoppedAt ? `FAILED at: ${stoppedAt}` : 'all steps passed');
console.log(`${passed} passed, ${failed} failed`);
process.exit(stoppedAt ? 1 : 0);
