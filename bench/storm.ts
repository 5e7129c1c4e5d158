// `npm run bench:storm [-- --browser chromium|firefox|all] [--seconds N]`: the churn storm of issue 17
// (tests/e2e/fixtures/storm.html: 1,000 nodes removed one by one and 1,000 appended every frame) with
// the extension on and off in the same browser, alternating. Prints the frame-rate ratio (on / off) and
// the page's heap growth over the storm where the browser reports it (Chromium: performance.memory).
import { parseArgs } from 'node:util';
import { launchBrowser, type BrowserName, type ExtPage } from '../scripts/lib/browsers.ts';
import { CHROME_BUILD, FIREFOX_BUILD, FIXTURES_DIR } from '../scripts/lib/paths.ts';
import { startStaticServer } from '../scripts/lib/server.ts';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', default: 'all' },
    seconds: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
  },
});
const browsers: BrowserName[] =
  values.browser === 'all' ? ['chromium', 'firefox'] : [values.browser as BrowserName];
const ms = Number(values.seconds) * 1000;
const rounds = Number(values.rounds);

interface Run {
  fps: number;
  heapBefore: number | null;
  heapAfter: number | null;
}

async function setEnabled(page: ExtPage, api: string, enabled: boolean) {
  await page.evaluate(
    `(async () => { const s = (await ${api}.storage.sync.get('settings')).settings || {}; await ${api}.storage.sync.set({ settings: { ...s, enabled: ${enabled} } }); })()`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const server = await startStaticServer({ root: FIXTURES_DIR });
  try {
    for (const name of browsers) {
      const browser = await launchBrowser(name, name === 'chromium' ? CHROME_BUILD : FIREFOX_BUILD);
      const api = name === 'chromium' ? 'chrome' : 'browser';
      const settingsPage = await browser.newExtensionPage('popup.html?view=full');
      const runs: Record<'on' | 'off', Run[]> = { on: [], off: [] };
      try {
        for (let round = 0; round < rounds; round++) {
          for (const mode of ['off', 'on'] as const) {
            await setEnabled(settingsPage, api, mode === 'on');
            const page = await browser.newPage();
            await page.goto(server.url('/storm.html?run=0'));
            await page.bringToFront();
            await new Promise((r) => setTimeout(r, 1000));
            runs[mode].push(await page.evaluate<Run>(`window.measureStorm(${ms})`));
            await page.close();
          }
        }
      } finally {
        await setEnabled(settingsPage, api, true).catch(() => {});
        await browser.close();
      }
      const fps = (mode: 'on' | 'off') => median(runs[mode].map((r) => r.fps));
      const growth = (mode: 'on' | 'off') => {
        const known = runs[mode].filter((r) => r.heapBefore !== null && r.heapAfter !== null);
        return known.length
          ? median(known.map((r) => (r.heapAfter! - r.heapBefore!) / 1048576)).toFixed(2) + ' MB'
          : 'not reported';
      };
      console.log(
        `${name} ${browser.version}: ${fps('off').toFixed(1)} fps without the extension, ${fps('on').toFixed(1)} fps with it: ratio ${(fps('on') / fps('off')).toFixed(2)}; heap growth over the storm ${growth('off')} without, ${growth('on')} with (${rounds} rounds of ${ms / 1000} s, medians)`,
      );
    }
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
