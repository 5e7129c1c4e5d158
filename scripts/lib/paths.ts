// Paths shared by the demo and the end-to-end tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = path.join(ROOT, 'tests', 'e2e', 'fixtures');
export const SEED_ARTICLE = 'seed-article.html';
export const CHROME_BUILD = path.join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output', 'firefox-mv3');
export const ARTIFACTS_DIR = path.join(ROOT, 'artifacts');
