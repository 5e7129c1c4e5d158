// End-to-end runner: `tsx tests/e2e/run.ts [--browser chromium|firefox|all] [--grep TEXT] [--json FILE]`
//
// Serves tests/e2e/fixtures on 127.0.0.1, launches each browser with the built
// extension (.output/chrome-mv3, .output/firefox-mv3; override with
// E2E_CHROME_EXT / E2E_FIREFOX_EXT), runs every test in tests.ts with a
// timeout, and ends with the plain line "N passed, N failed". Exit code 1 on
// any failure. Screenshots go to artifacts/e2e/.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../scripts/lib/browsers.ts';
import type { BrowserName, ExtBrowser, ExtPage } from '../../scripts/lib/browsers.ts';
import { ARTIFACTS_DIR, CHROME_BUILD, FIREFOX_BUILD, FIXTURES_DIR } from '../../scripts/lib/paths.ts';
import { startStaticServer } from '../../scripts/lib/server.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { FIXTURE_HEADERS, FIXTURE_MOUNTS, TESTS, networkTest } from './tests.ts';
import { bundleStoreProperty } from './store-property.ts';
import { BROWSER_LOCALES, localeBrowserTests, type BrowserLocale } from './language.tests.ts';
import type { E2ETest, TestContext } from './tests.ts';

const DEFAULT_TIMEOUT_MS = 30_000;
const LAUNCH_TIMEOUT_MS = 90_000;

interface Result {
  browser: BrowserName;
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'all' },
    grep: { type: 'string' },
    json: { type: 'string' },
  },
});
const browsers: BrowserName[] =
  values.browser === 'all'
    ? ['chromium', 'firefox']
    : values.browser === 'chromium' || values.browser === 'firefox'
      ? [values.browser]
      : [];
if (browsers.length === 0) {
  console.error(`--browser must be chromium, firefox or all (got ${values.browser})`);
  process.exit(2);
}
const selected = values.grep
  ? TESTS.filter((t) => t.name.toLowerCase().includes(values.grep!.toLowerCase()))
  : TESTS;
const selectedInLocale = (locale: BrowserLocale) =>
  localeBrowserTests(locale).filter(
    (t) => !values.grep || t.name.toLowerCase().includes(values.grep.toLowerCase()),
  );
const artifactsDir = path.join(ARTIFACTS_DIR, 'e2e');
const results: Result[] = [];

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function record(browser: BrowserName, name: string, started: number, error?: unknown) {
  const ms = Date.now() - started;
  const r: Result = { browser, name, ok: error === undefined, ms };
  if (error !== undefined) r.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  results.push(r);
  if (r.ok) console.log(`  ✔ [${browser}] ${name} (${ms} ms)`);
  else console.log(`  ✘ [${browser}] ${name} (${ms} ms)\n${indent(r.error ?? '')}`);
}

const indent = (s: string) =>
  s
    .split('\n')
    .slice(0, 12)
    .map((l) => '      ' + l)
    .join('\n');

async function runTest(test: E2ETest, browser: ExtBrowser, server: StaticServer) {
  const pages: ExtPage[] = [];
  const ctx: TestContext = {
    browser,
    server,
    artifactsDir,
    open: async (fixture) => {
      const page = await browser.newPage();
      pages.push(page);
      await page.goto(server.url(fixture));
      return page;
    },
  };
  const started = Date.now();
  try {
    await timeout(test.run(ctx), test.timeoutMs ?? DEFAULT_TIMEOUT_MS, test.name);
    record(browser.name, test.name, started);
  } catch (err) {
    record(browser.name, test.name, started, err);
  } finally {
    for (const p of pages) await timeout(p.close(), 5_000, 'closing tab').catch(() => {});
  }
}

/** The tests that need a browser started in another language: one more launch of the browser per language. */
async function runInLocale(name: BrowserName, extDir: string, server: StaticServer, locale: BrowserLocale) {
  const tests = selectedInLocale(locale);
  if (tests.length === 0) return;
  console.log(`\n${name} in ${locale.browser}: loading ${extDir}`);
  const started = Date.now();
  const launchName = `browser starts in ${locale.code} and the extension loads`;
  let browser: ExtBrowser;
  try {
    browser = await timeout(
      launchBrowser(name, extDir, { locale: locale.browser }),
      LAUNCH_TIMEOUT_MS,
      `launching ${name}`,
    );
    record(name, launchName, started);
  } catch (err) {
    record(name, launchName, started, err);
    for (const t of tests) record(name, t.name, Date.now(), new Error('not run: the browser did not start'));
    return;
  }
  try {
    for (const test of tests) await runTest(test, browser, server);
  } finally {
    await browser.close();
  }
}

async function main() {
  await mkdir(artifactsDir, { recursive: true });
  const mounts = { ...FIXTURE_MOUNTS, '/generated/': await bundleStoreProperty() };
  const server = await startStaticServer({ root: FIXTURES_DIR, headers: FIXTURE_HEADERS, mounts });
  console.log(`fixtures: ${FIXTURES_DIR} on ${server.origin}`);
  try {
    for (const name of browsers) {
      const extDir =
        name === 'chromium'
          ? (process.env.E2E_CHROME_EXT ?? CHROME_BUILD)
          : (process.env.E2E_FIREFOX_EXT ?? FIREFOX_BUILD);
      console.log(`\n${name}: loading ${extDir}`);
      const started = Date.now();
      let browser: ExtBrowser;
      const launchName = 'browser starts and the extension loads';
      try {
        browser = await timeout(launchBrowser(name, extDir), LAUNCH_TIMEOUT_MS, `launching ${name}`);
        console.log(`  ${name} ${browser.version}, extension id ${browser.extensionId}`);
        record(name, launchName, started);
      } catch (err) {
        record(name, launchName, started, err);
        // Every test of this browser counts as failed: nothing could run.
        for (const t of [...selected, networkTest({ name } as ExtBrowser, server)]) {
          record(name, t.name, Date.now(), new Error('not run: the browser or extension did not start'));
        }
        continue;
      }
      try {
        for (const test of selected) await runTest(test, browser, server);
        await runTest(networkTest(browser, server), browser, server);
      } finally {
        await browser.close();
      }
      for (const locale of BROWSER_LOCALES[name]) await runInLocale(name, extDir, server, locale);
    }
  } finally {
    await server.close();
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const jsonFile = values.json ?? path.join(artifactsDir, `results-${values.browser}.json`);
  await writeFile(jsonFile, JSON.stringify({ passed, failed, results }, null, 2));
  console.log(`\nscreenshots: ${artifactsDir}`);
  if (failed) {
    console.log('failed:');
    for (const r of results.filter((x) => !x.ok)) console.log(`  [${r.browser}] ${r.name}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('e2e runner crashed:', err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
