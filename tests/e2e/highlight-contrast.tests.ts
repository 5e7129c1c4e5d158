// The underline keeps at least 3:1 against the page where the mention is, on white, mid-grey and black
// pages, in light and dark system themes: measured on the rendered pixels of a screenshot.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Rgb } from '../../core/contrast.ts';
import { contrastRatio } from '../lib/contrast.ts';
import { waitForStableHighlights } from '../../scripts/lib/highlights.ts';
import type { E2ETest } from './tests.ts';
import { sleep } from './wait.ts';

interface Probe {
  bg: Rgb;
  /** the pixels of the mention's box, as RGBA bytes, read from the screenshot */
  pixels: number[];
}

/** Decodes the screenshot in the page (a canvas) and returns each probe's box of pixels. */
const readProbes = (png: string) => `(async () => {
  const img = new Image();
  img.src = 'data:image/png;base64,${png}';
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const scale = img.width / innerWidth;
  return [...document.querySelectorAll('.probe')].map((el) => {
    const r = el.getBoundingClientRect();
    const [x, y, w, h] = [r.left, r.top, r.width, r.height].map((v) => Math.round(v * scale));
    const [cr, cg, cb] = el.dataset.bg.split(',').map(Number);
    return { bg: { r: cr, g: cg, b: cb }, pixels: [...ctx.getImageData(x, y, w, h).data] };
  });
})()`;

/** The strongest contrast any pixel of the box has against the page (the underline's, as the text is transparent). */
function strongestContrast(probe: Probe): number {
  let best = 1;
  for (let i = 0; i < probe.pixels.length; i += 4) {
    const pixel = { r: probe.pixels[i]!, g: probe.pixels[i + 1]!, b: probe.pixels[i + 2]! };
    best = Math.max(best, contrastRatio(pixel, probe.bg));
  }
  return best;
}

export const CONTRAST_TESTS: E2ETest[] = [
  {
    name: 'highlights: the underline has at least 3:1 against white, mid-grey and black pages, in light and dark themes (pixels of a screenshot)',
    async run(ctx) {
      const page = await ctx.open('/tones.html');
      const snap = await waitForStableHighlights(page, { min: 3, quietMs: 500 });
      assert.equal(
        snap.size,
        3,
        `three mentions highlighted: ${snap.mentions.map((m) => m.name).join(', ')}`,
      );
      // Firefox cannot emulate the system theme here; Chromium checks both.
      const schemes = ctx.browser.name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
      const figures: string[] = [];
      for (const scheme of schemes) {
        if (ctx.browser.name === 'chromium') await page.emulateColorScheme(scheme);
        await sleep(300);
        const file = path.join(ctx.artifactsDir, `${ctx.browser.name}-highlight-tones-${scheme}.png`);
        await page.screenshot(file);
        const probes = await page.evaluate<Probe[]>(readProbes((await readFile(file)).toString('base64')));
        assert.equal(probes.length, 3);
        for (const probe of probes) {
          const contrast = strongestContrast(probe);
          figures.push(
            `${scheme} system, page rgb(${probe.bg.r},${probe.bg.g},${probe.bg.b}): ${contrast.toFixed(2)}:1`,
          );
          assert.ok(
            contrast >= 3,
            `underline contrast ${contrast.toFixed(2)}:1 on rgb(${probe.bg.r},${probe.bg.g},${probe.bg.b}) in a ${scheme} system theme`,
          );
        }
      }
      console.log(`      underline contrast: ${figures.join('; ')}`);
    },
  },
];
