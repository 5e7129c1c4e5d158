// `npm run demo`: builds (via the npm script), then opens the bundled seed
// article in headless Chromium with the built extension, prints what was
// highlighted and saves screenshots to artifacts/demo/.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './lib/browsers.ts';
import { ensureBrowser } from './lib/ensure-browser.ts';
import type { ExtBrowser } from './lib/browsers.ts';
import { screenshotCard, screenshotPopup } from './lib/extension-views.ts';
import { describeMention, waitForStableHighlights } from './lib/highlights.ts';
import { ARTIFACTS_DIR, CHROME_BUILD, FIXTURES_DIR, SEED_ARTICLE } from './lib/paths.ts';
import { startStaticServer } from './lib/server.ts';

const SHOW = 8;

async function main(): Promise<number> {
  const chrome = ensureBrowser('chromium', 'the demo');
  if (!existsSync(path.join(CHROME_BUILD, 'manifest.json'))) {
    console.error(
      `No extension build in ${CHROME_BUILD}: run \`npm run build\` (or \`npm run demo\`, which builds first).`,
    );
    return 1;
  }
  const outDir = path.join(ARTIFACTS_DIR, 'demo');
  await mkdir(outDir, { recursive: true });

  const server = await startStaticServer({ root: FIXTURES_DIR });
  let browser: ExtBrowser | undefined;
  try {
    browser = await launchChromium(CHROME_BUILD, chrome);
    console.log(
      `Chromium ${browser.version} (${chrome}) with the extension ${browser.extensionId} from ${CHROME_BUILD}`,
    );
    const url = server.url(SEED_ARTICLE);
    const page = await browser.newPage();
    await page.goto(url);
    console.log(`Opened ${url}`);
    const snap = await waitForStableHighlights(page, { min: 1, quietMs: 800, timeoutMs: 15_000 });

    await page.screenshot(path.join(outDir, 'seed-article.png'));
    await page.screenshot(path.join(outDir, 'seed-article-full.png'), { fullPage: true });

    if (!snap.supported) {
      console.error('This Chromium has no CSS Custom Highlight API (needs Chromium 105 or newer).');
      return 1;
    }
    if (snap.size === 0) {
      console.error('No mentions were highlighted within 15 s. Is the content script in the build working?');
      console.error(`Screenshots (without highlights) are in ${outDir}`);
      return 1;
    }
    console.log(`\nHighlighted ${snap.size} mention(s). The first ${Math.min(SHOW, snap.mentions.length)}:`);
    snap.mentions
      .slice(0, SHOW)
      .forEach((m, i) => console.log(`  ${String(i + 1).padStart(2)}. ${describeMention(m)}`));
    const tally = new Map<string, number>();
    for (const m of snap.mentions) {
      const key = m.text.trim().toLowerCase();
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    console.log('\nBy text: ' + [...tally].map(([t, n]) => `${n} × "${t}"`).join(', '));
    await screenshotCard(page, path.join(outDir, 'card.png'));
    await screenshotPopup(browser, url, path.join(outDir, 'popup.png'));
    console.log(`\nScreenshots saved in ${outDir}`);
    return 0;
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
