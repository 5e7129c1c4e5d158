// `npm run store`: builds, then makes the store listing's screenshots (1280×800) from the real
// extension in Chromium: the hover card on the seed article, the toolbar popup over that article,
// and the options page. Written to store/screenshots/.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './lib/browsers.ts';
import type { ExtBrowser } from './lib/browsers.ts';
import { ensureBrowser } from './lib/ensure-browser.ts';
import { screenshotCard, screenshotPopup } from './lib/extension-views.ts';
import { waitForStableHighlights } from './lib/highlights.ts';
import { ARTIFACTS_DIR, CHROME_BUILD, FIXTURES_DIR, ROOT, SEED_ARTICLE } from './lib/paths.ts';
import { startStaticServer } from './lib/server.ts';

const SIZE = { width: 1280, height: 800 };
const OUT = path.join(ROOT, 'store', 'screenshots');
const WORK = path.join(ARTIFACTS_DIR, 'store');

const dataUrl = async (file: string) => `data:image/png;base64,${(await readFile(file)).toString('base64')}`;

await mkdir(OUT, { recursive: true });
await mkdir(WORK, { recursive: true });
const server = await startStaticServer({ root: FIXTURES_DIR });
let browser: ExtBrowser | undefined;
try {
  browser = await launchChromium(CHROME_BUILD, ensureBrowser('chromium', 'the store screenshots'));
  const article = await browser.newPage();
  await article.setViewport(SIZE);
  const url = server.url(SEED_ARTICLE);
  await article.goto(url);
  const found = await waitForStableHighlights(article, { min: 1, quietMs: 800, timeoutMs: 15_000 });
  if (found.size === 0) throw new Error('No mention was highlighted on the seed article.');
  await article.screenshot(path.join(WORK, 'article.png'));
  await screenshotCard(article, path.join(OUT, 'card.png'));

  // The popup as the toolbar shows it: its own page, laid over the article it describes.
  const popupFile = path.join(WORK, 'popup-alone.png');
  await screenshotPopup(browser, url, popupFile, { width: 400, height: 620 });
  const canvas = await browser.newPage();
  await canvas.setViewport(SIZE);
  await canvas.goto(
    `data:text/html,${encodeURIComponent(`<body style="margin:0;width:1280px;height:800px;overflow:hidden;
      background:url(${await dataUrl(path.join(WORK, 'article.png'))})">
      <img src="${await dataUrl(popupFile)}" style="position:absolute;right:24px;top:8px;border-radius:8px;
      box-shadow:0 6px 28px rgba(0,0,0,.35)"></body>`)}`,
  );
  await canvas.screenshot(path.join(OUT, 'popup.png'));

  const options = await browser.newExtensionPage('options.html');
  await options.setViewport(SIZE);
  await options.screenshot(path.join(OUT, 'options.png'));
  console.log(
    `Store screenshots (1280×800) in ${path.relative(ROOT, OUT)}: card.png, popup.png, options.png`,
  );
} finally {
  await browser?.close();
  await server.close();
}
