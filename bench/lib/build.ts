/** Builds what the benchmark needs: the extension (if missing) and the page script bundled with core. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'vite';
import { isBuildStale } from './bundle-size';

/** Runs `npx wxt build` (Chrome) when .output/chrome-mv3 is missing or older than the sources. */
export function ensureExtensionBuilt(root: string, log: (line: string) => void): void {
  if (!isBuildStale(root)) return;
  log('.output/chrome-mv3 missing or older than the sources: running `npx wxt build` …');
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/**
 * bench/page/main.ts and the core it imports, as one classic script (IIFE), unminified.
 */
export async function bundlePageScript(root: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    root,
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
        entry: path.join(root, 'bench/page/main.ts'),
        formats: ['iife'],
        name: 'CcsviBench',
        fileName: () => 'bench-page.js',
      },
    },
  });
  return path.join(outDir, 'bench-page.js');
}
