/**
 * The content script's size as the browser gets it: the files that the built manifest's content_scripts
 * entries list (JS and CSS), raw and gzipped (level 9), summed per file. Shared by the benchmark and by
 * tests/unit/bundle-size.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What every page parses (issue 16: at most 20 KB gzipped). The card, its styles, Preact, the listing of
 * mentions for the popup and the polyfill load only in frames with a mention; the settings' notices are
 * data that the options page words.
 */
export const CONTENT_SCRIPT_BUDGET_GZIP_BYTES = 20_000;
export const CHROME_OUTPUT_DIR = '.output/chrome-mv3';
export const CONTENT_SCRIPT_PATH = 'content-scripts/content.js';

export interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface ContentScriptSize {
  files: SizedFile[];
  raw: number;
  gzip: number;
}

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
}

/** Throws with a message naming `npm run build` when the build output is missing. */
export function contentScriptSize(outputDir = CHROME_OUTPUT_DIR): ContentScriptSize {
  const manifestPath = path.join(outputDir, 'manifest.json');
  const contentJs = path.join(outputDir, CONTENT_SCRIPT_PATH);
  if (!existsSync(manifestPath) || !existsSync(contentJs)) {
    throw new Error(`No built content script at ${contentJs}: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const listed = new Set<string>([CONTENT_SCRIPT_PATH]);
  for (const entry of manifest.content_scripts ?? [])
    for (const f of [...(entry.js ?? []), ...(entry.css ?? [])]) listed.add(f);
  const files = [...listed].map((file) => {
    const full = path.join(outputDir, file);
    if (!existsSync(full))
      throw new Error(`The manifest lists ${file} but ${full} is missing: run \`npm run build\`.`);
    const bytes = readFileSync(full);
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

/** What the content script is built from. */
export const BUILD_SOURCES = [
  'core',
  'data',
  'entrypoints',
  'components',
  'public',
  'wxt.config.ts',
  'package.json',
];

/** True when the built content script is missing or older than any source file. */
export function isBuildStale(root: string): boolean {
  const contentJs = path.join(root, CHROME_OUTPUT_DIR, CONTENT_SCRIPT_PATH);
  if (!existsSync(contentJs)) return true;
  const built = statSync(contentJs).mtimeMs;
  const newer = (p: string): boolean => {
    if (!existsSync(p)) return false;
    const info = statSync(p);
    if (info.isDirectory()) return readdirSync(p).some((entry) => newer(path.join(p, entry)));
    return info.mtimeMs > built;
  };
  return BUILD_SOURCES.some((source) => newer(path.join(root, source)));
}
