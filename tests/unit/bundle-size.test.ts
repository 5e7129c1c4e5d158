// @vitest-environment node
/**
 * The content script's size budget: everything the manifest's content_scripts entry loads (the JS and the
 * CSS it lists) must stay within its budget (bench/lib/bundle-size.ts) gzipped (level 9, summed per file): the card, its styles and Preact
 * are in card.js, injected only into frames with a mention.
 *
 * It measures the real build output in .output/chrome-mv3. `npm test` may run Vitest before the build
 * step, and a clean clone has no .output, so this test builds the Chrome extension itself (`npx wxt build`,
 * about 2 s) when the output is missing or older than any source file; if there is still no output
 * afterwards, it fails and says to run `npm run build`. It never skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CHROME_OUTPUT_DIR,
  CONTENT_SCRIPT_BUDGET_GZIP_BYTES,
  CONTENT_SCRIPT_PATH,
  contentScriptSize,
  isBuildStale,
} from '../../bench/lib/bundle-size';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT = path.join(ROOT, CHROME_OUTPUT_DIR);
const CONTENT_JS = path.join(OUTPUT, CONTENT_SCRIPT_PATH);

let buildError: string | null = null;

beforeAll(() => {
  if (!isBuildStale(ROOT)) return;
  try {
    // Vitest sets NODE_ENV=test, which would make this build bigger than the real one (about 600 B gzipped).
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 120_000,
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (err) {
    buildError = err instanceof Error ? err.message.split('\n').slice(0, 5).join('\n') : String(err);
  }
}, 130_000);

test('content script (JS + its CSS) is within its budget gzipped, and holds no Preact and no card', () => {
  if (!existsSync(CONTENT_JS)) {
    throw new Error(
      `No built content script at ${CHROME_OUTPUT_DIR}/${CONTENT_SCRIPT_PATH}: run \`npm run build\` first.` +
        (buildError ? `\n(npx wxt build failed: ${buildError})` : ''),
    );
  }
  const size = contentScriptSize(OUTPUT);
  const detail = size.files.map((f) => `${f.file}: ${f.raw} B raw, ${f.gzip} B gzipped`).join('; ');
  expect(size.files.map((f) => f.file)).toContain(CONTENT_SCRIPT_PATH);
  const code = readFileSync(CONTENT_JS, 'utf8');
  // The card's own strings and Preact's hook names stay out of the every-page script.
  for (const marker of [
    'See all the studies and the timeline',
    'dangerouslySetInnerHTML',
    '.frame{position:fixed',
  ])
    expect(code).not.toContain(marker);
  expect(
    size.gzip,
    `content script too big: ${size.gzip} B gzipped > ${CONTENT_SCRIPT_BUDGET_GZIP_BYTES} B (${detail})`,
  ).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP_BYTES);
});
