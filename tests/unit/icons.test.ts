import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import config from '../../wxt.config';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SIZES = [16, 32, 48, 128];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.each(SIZES)('public/icon/%i.png is a square PNG of that size', (size) => {
  expect(pngSize(path.join(ROOT, `public/icon/${size}.png`))).toEqual({ width: size, height: size });
});

test.each(['chrome', 'firefox'])(
  'the %s manifest gives the toolbar button every icon size',
  async (browser) => {
    const manifest =
      typeof config.manifest === 'function'
        ? await config.manifest({
            browser,
            manifestVersion: 3,
            mode: 'production',
            command: 'build',
          } as never)
        : config.manifest;
    const icons =
      (manifest as { action?: { default_icon?: Record<string, string> } }).action?.default_icon ?? {};
    expect(
      Object.keys(icons)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(SIZES);
    for (const [size, file] of Object.entries(icons))
      expect(pngSize(path.join(ROOT, 'public', file)).width).toBe(Number(size));
  },
);
