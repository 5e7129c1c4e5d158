// Screenshots of each highlight style (underline, background) on a dark page and a light one, with a
// check of the colours that are drawn: the dark page gets the dark tone's names and fill.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExtPage } from '../../scripts/lib/browsers.ts';
import { readHighlights, waitForStableHighlights } from '../../scripts/lib/highlights.ts';
import type { E2ETest, TestContext } from './tests.ts';
import { poll, sleep } from './wait.ts';

const api = (ctx: TestContext) => (ctx.browser.name === 'chromium' ? 'chrome' : 'browser');

/** The fill of the "background" style on each page tone (core/highlight-css.ts). */
const FILL = { dark: [0x85, 0x4d, 0x0e], light: [0xfd, 0xe6, 0x8a] } as const;

const setStyle = (ctx: TestContext, page: ExtPage, style: string) =>
  page.evaluate(`(async () => {
    const area = ${api(ctx)}.storage.sync;
    const { settings } = await area.get('settings');
    await area.set({ settings: { ...(settings || {}), highlightStyle: ${JSON.stringify(style)} } });
  })()`);

const BOXES = {
  second: `document.getElementById('second')`,
  /** the mention inside the web component's shadow root */
  third: `document.getElementById('component').shadowRoot.getElementById('third')`,
};

/** Share of the pixels of an element's box (in the screenshot) that are within a few levels of `rgb`. */
const shareOf = (png: string, box: keyof typeof BOXES, rgb: readonly number[]) => `(async () => {
  const img = new Image();
  img.src = 'data:image/png;base64,${png}';
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const scale = img.width / innerWidth;
  const r = ${BOXES[box]}.getBoundingClientRect();
  const [x, y, w, h] = [r.left, r.top, r.width, r.height].map((v) => Math.round(v * scale));
  const data = ctx.getImageData(x, y, w, h).data;
  let near = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs(data[i] - ${rgb[0]}) <= 6 && Math.abs(data[i + 1] - ${rgb[1]}) <= 6 && Math.abs(data[i + 2] - ${rgb[2]}) <= 6) near++;
  return near / (data.length / 4);
})()`;

export const HIGHLIGHT_STYLE_TESTS: E2ETest[] = [
  {
    name: 'highlight styles: underline and background on a dark page and a light one, in the dark tone’s colours on the dark page, in the document and in a shadow root (+ screenshots)',
    timeoutMs: 60_000,
    async run(ctx) {
      const helper = await ctx.browser.newExtensionPage('popup.html?view=full');
      try {
        for (const tone of ['dark', 'light'] as const) {
          const page = await ctx.open(`/highlight-styles.html${tone === 'light' ? '?light' : ''}`);
          await waitForStableHighlights(page, { min: 3, quietMs: 500 });
          for (const style of ['underline', 'background'] as const) {
            await setStyle(ctx, helper, style);
            const name = `fact-context-mention-${style}${tone === 'dark' ? '-on-dark' : ''}`;
            const snap = await poll(
              () => readHighlights(page),
              (s) => s.names.includes(name),
              5_000,
            );
            assert.ok(
              snap.names.includes(name),
              `${style} on the ${tone} page is drawn as ${name} (${snap.names.join(', ')})`,
            );
            await sleep(200);
            const file = path.join(
              ctx.artifactsDir,
              `${ctx.browser.name}-highlight-${style}-${tone}-page.png`,
            );
            await page.screenshot(file);
            const png = (await readFile(file)).toString('base64');
            for (const box of ['second', 'third'] as const) {
              const share = await page.evaluate<number>(shareOf(png, box, FILL[tone]));
              const where = box === 'third' ? 'in the shadow root' : 'in the document';
              if (style === 'background')
                assert.ok(
                  share > 0.3,
                  `the ${tone} tone's fill covers the mention ${where} (${(share * 100).toFixed(0)}% of its box)`,
                );
              else
                assert.ok(
                  share < 0.05,
                  `no fill with the underline style ${where} (${(share * 100).toFixed(0)}%)`,
                );
            }
          }
        }
      } finally {
        await setStyle(ctx, helper, 'underline').catch(() => {});
        await helper.close().catch(() => {});
      }
    },
  },
];
