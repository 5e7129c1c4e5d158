/** Bundles tests/e2e/store-property.page.ts (core + fast-check) for the fixture server's /generated/ folder. */
import path from 'node:path';
import { build } from 'vite';
import { ROOT } from '../../scripts/lib/paths.ts';

export async function bundleStoreProperty(): Promise<string> {
  const outDir = path.join(ROOT, '.cache', 'e2e-generated');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: path.join(ROOT, 'tests/e2e/store-property.page.ts'),
        formats: ['iife'],
        name: 'StoreProperty',
        fileName: () => 'store-property.js',
      },
    },
  });
  return outDir;
}
