// `npm run icons`: renders assets/icon.svg to public/icon/{16,32,48,128}.png with the system Chromium,
// and writes artifacts/icons/preview.png (each size on a light and a dark toolbar colour, with a badge).
// The PNGs are committed, so building needs no browser; run this after editing the SVG.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureBrowser } from './lib/ensure-browser.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = await readFile(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const browser = await chromium.launch({
  executablePath: ensureBrowser('chromium', 'rendering the icons'),
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await mkdir(path.join(ROOT, 'public/icon'), { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}">`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(path.join(ROOT, `public/icon/${size}.png`), png);
    console.log(`public/icon/${size}.png (${png.length} B)`);
  }
  // A preview of the toolbar at 1× and 2×: light and dark themes, without and with a badge.
  const cells = ICON_SIZES.map((s) => `<img src="${dataUrl}" width="${s}" height="${s}">`).join('');
  const badge = `<span style="position:relative;display:inline-block;width:16px;height:16px"><img src="${dataUrl}" width="16" height="16"><b style="position:absolute;right:-6px;bottom:-4px;background:#92400e;color:#fff;font:bold 9px sans-serif;padding:0 2px;border-radius:3px">39</b></span>`;
  const row = (bg: string) =>
    `<div style="background:${bg};padding:12px;display:flex;gap:16px;align-items:center">${cells}${badge}</div>`;
  await page.setViewportSize({ width: 360, height: 310 });
  await page.setContent(`<body style="margin:0">${row('#f1f3f4')}${row('#35363a')}</body>`);
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await mkdir(path.join(ROOT, 'artifacts/icons'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'artifacts/icons/preview.png'), scale: 'device' });
  const zoomed = await browser.newPage({ deviceScaleFactor: 4, viewport: { width: 360, height: 310 } });
  await zoomed.setContent(await page.content());
  await zoomed.waitForFunction(() => [...document.images].every((i) => i.complete));
  await zoomed.screenshot({ path: path.join(ROOT, 'artifacts/icons/preview-4x.png') });
  console.log('artifacts/icons/preview.png, preview-4x.png');
} finally {
  await browser.close();
}
