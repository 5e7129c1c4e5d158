// `tsx scripts/ensure-browsers.ts chromium firefox`: makes sure each named browser is there
// (installing Debian's package when missing and allowed; see lib/ensure-browser.ts) and prints its path.
import { BROWSERS, ensureBrowser } from './lib/ensure-browser.ts';
import type { BrowserName } from './lib/ensure-browser.ts';

const names = process.argv.slice(2);
const unknown = names.filter((n) => !(n in BROWSERS));
if (names.length === 0 || unknown.length > 0) {
  console.error(
    `usage: tsx scripts/ensure-browsers.ts chromium|firefox ... (unknown: ${unknown.join(', ') || 'none given'})`,
  );
  process.exit(2);
}
try {
  for (const name of names as BrowserName[]) {
    console.log(`${BROWSERS[name].label}: ${ensureBrowser(name, 'the end-to-end tests')}`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
