// Browser-agnostic end-to-end checks. Each runs in a fresh tab of a browser
// that has the built extension loaded; see run.ts for the runner.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { ExtBrowser, ExtPage } from '../../scripts/lib/browsers.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import {
  MENTION_PREFIX,
  describeMention,
  readHighlights,
  waitForStableHighlights,
} from '../../scripts/lib/highlights.ts';
import type { HighlightSnapshot } from '../../scripts/lib/highlights.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { CARD_TESTS } from './card.tests.ts';
import { CONTRAST_TESTS } from './highlight-contrast.tests.ts';
import { HIGHLIGHT_STYLE_TESTS } from './highlight-styles.tests.ts';
import { LANGUAGE_TESTS } from './language.tests.ts';
import { STURDY_TESTS } from './sturdy.tests.ts';
import { OPTIONS_TESTS } from './options.tests.ts';
import { PAGE_CONTEXT_TESTS } from './page-context.tests.ts';
import { POPUP_TESTS } from './popup.tests.ts';
import { READER_CHOICE_TESTS } from './reader-choices.tests.ts';
import { WELCOME_TESTS } from './welcome.tests.ts';

export interface TestContext {
  browser: ExtBrowser;
  server: StaticServer;
  artifactsDir: string;
  /** Opens a fresh tab on a fixture; the runner closes it afterwards. */
  open(fixture: string): Promise<ExtPage>;
}

export interface E2ETest {
  name: string;
  timeoutMs?: number;
  run(ctx: TestContext): Promise<void>;
}

export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'";
export const FIXTURE_HEADERS: Record<string, Record<string, string>> = {
  '/csp.html': { 'Content-Security-Policy': STRICT_CSP },
};
/** Third-party bundles the fixture pages load, served from node_modules (dev dependencies). */
export const FIXTURE_MOUNTS: Record<string, string> = {
  '/vendor/ace/': path.join(ROOT, 'node_modules', 'ace-builds', 'src-min-noconflict'),
};

/** The seed article's mentions: 28 × CCSVI, 6 × Liberation Procedure, 5 × the spelled-out name. */
export const SEED_MENTIONS = 39;

const texts = (s: HighlightSnapshot) => s.mentions.map((m) => m.text.trim());
const show = (s: HighlightSnapshot) =>
  `${s.size} mention(s)${s.mentions.length ? ': ' + s.mentions.map(describeMention).join(' | ') : ''}; registry names: [${s.names.join(', ')}]`;

function assertApi(s: HighlightSnapshot) {
  assert.ok(s.supported, 'this browser has no CSS.highlights (CSS Custom Highlight API)');
}

export const TESTS: E2ETest[] = [
  {
    name: `seed article: exactly ${SEED_MENTIONS} highlighted mentions (+ screenshots)`,
    async run(ctx) {
      const page = await ctx.open('/seed-article.html');
      const snap = await waitForStableHighlights(page, {
        min: SEED_MENTIONS,
        quietMs: 800,
        timeoutMs: 12_000,
      });
      const base = path.join(ctx.artifactsDir, `${ctx.browser.name}-seed-article`);
      await page.screenshot(`${base}.png`);
      await page.screenshot(`${base}-full.png`, { fullPage: true });
      assertApi(snap);
      assert.equal(snap.size, SEED_MENTIONS, show(snap));
      assert.equal(snap.mentions.length, SEED_MENTIONS, 'every counted entry is a range');
      for (const m of snap.mentions) {
        assert.match(
          m.text,
          /ccsvi|liberation procedure|chronic cerebro-?spinal venous insufficiency/i,
          `unexpected highlighted text ${JSON.stringify(m.text)}`,
        );
      }
      const count = (re: RegExp) => texts(snap).filter((t) => re.test(t)).length;
      assert.equal(count(/ccsvi/i), 28, 'CCSVI mentions: ' + show(snap));
      assert.equal(count(/liberation procedure/i), 6, 'Liberation Procedure mentions: ' + show(snap));
      assert.equal(count(/venous insufficiency/i), 5, 'spelled-out mentions: ' + show(snap));
    },
  },
  {
    name: 'page without mentions: nothing highlighted',
    async run(ctx) {
      const page = await ctx.open('/no-mention.html');
      await new Promise((r) => setTimeout(r, 1500));
      const snap = await readHighlights(page);
      assertApi(snap);
      assert.equal(snap.size, 0, show(snap));
    },
  },
  {
    name: 'text appended after load is highlighted within 1 second',
    async run(ctx) {
      const page = await ctx.open('/dynamic.html');
      const before = await waitForStableHighlights(page, { min: 1 });
      assertApi(before);
      assert.equal(before.size, 1, 'the static mention is highlighted first: ' + show(before));
      // Measured inside the page so the test's own round trips do not count.
      const elapsed = await page.evaluate<number>(`(async () => {
        const t0 = performance.now();
        window.addPost('A new reply says the Liberation Procedure worked for her.');
        const found = () => {
          for (const [name, h] of CSS.highlights) {
            if (!name.startsWith(${JSON.stringify(MENTION_PREFIX)})) continue;
            for (const r of h) {
              const n = r.startContainer;
              const el = n.nodeType === 1 ? n : n.parentElement;
              if (el && el.closest('.added')) return true;
            }
          }
          return false;
        };
        while (performance.now() - t0 < 3000) {
          if (found()) return Math.round(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 10));
        }
        return -1;
      })()`);
      const after = await readHighlights(page);
      assert.ok(elapsed >= 0, 'the appended mention was not highlighted within 3 s: ' + show(after));
      assert.ok(elapsed <= 1000, `the appended mention took ${elapsed} ms to be highlighted`);
      assert.equal(after.size, 2, show(after));
      assert.ok(
        texts(after).some((t) => /^liberation procedure$/i.test(t)),
        show(after),
      );
    },
  },
  {
    name: 'open shadow root: the mention inside it is highlighted',
    async run(ctx) {
      const page = await ctx.open('/shadow.html');
      const snap = await waitForStableHighlights(page, { min: 2 });
      assertApi(snap);
      assert.equal(snap.size, 2, show(snap));
      const inShadow = snap.mentions.filter((m) => m.inShadow);
      assert.equal(inShadow.length, 1, 'one mention inside the shadow root: ' + show(snap));
      assert.match(inShadow[0]!.text, /^liberation procedure$/i);
    },
  },
  {
    // Each frame is its own document: the frames use unambiguous terms, since
    // "Liberation Procedure" alone may need CCSVI context to count.
    name: 'iframes: same-origin frame and script-written about:blank frame are highlighted',
    async run(ctx) {
      const page = await ctx.open('/iframe.html');
      const top = await waitForStableHighlights(page, { min: 1 });
      assertApi(top);
      assert.equal(top.size, 1, 'top document: ' + show(top));
      const child = await waitForStableHighlights(page, {
        min: 1,
        win: "document.getElementById('child-frame').contentWindow",
      });
      assert.equal(child.size, 1, 'same-origin frame (frame-child.html): ' + show(child));
      assert.match(child.mentions[0]!.text, /^chronic cerebrospinal venous insufficiency$/i);
      const blank = await waitForStableHighlights(page, {
        min: 1,
        win: "document.getElementById('blank-frame').contentWindow",
      });
      assert.equal(blank.size, 1, 'about:blank frame written by the parent: ' + show(blank));
      assert.match(blank.mentions[0]!.text, /^ccsvi$/i);
    },
  },
  {
    name: 'editable regions: contenteditable and textarea get no highlight',
    async run(ctx) {
      const page = await ctx.open('/editable.html');
      const snap = await waitForStableHighlights(page, { min: 1, quietMs: 1000 });
      assertApi(snap);
      assert.equal(
        snap.mentions.filter((m) => m.inEditable).length,
        0,
        'highlight inside an editable region: ' + show(snap),
      );
      assert.equal(snap.size, 1, 'only the read-only paragraph: ' + show(snap));
    },
  },
  {
    name: 'strict CSP page (default-src none) is still highlighted',
    async run(ctx) {
      const res = await fetch(ctx.server.url('/csp.html'));
      assert.equal(
        res.headers.get('content-security-policy'),
        STRICT_CSP,
        'fixture server sends the CSP header',
      );
      const page = await ctx.open('/csp.html');
      const snap = await waitForStableHighlights(page, { min: 2 });
      assertApi(snap);
      assert.equal(snap.size, 2, show(snap));
    },
  },
  {
    name: "page's own MutationObserver sees no change by the extension",
    async run(ctx) {
      const page = await ctx.open('/observer.html');
      const snap = await waitForStableHighlights(page, { min: 3 });
      assertApi(snap);
      assert.equal(snap.size, 3, 'the observed page is highlighted: ' + show(snap));
      await new Promise((r) => setTimeout(r, 500));
      const records = await page.evaluate<unknown[]>('window.__records');
      assert.deepEqual(records, [], 'mutation records after the page finished parsing');
    },
  },
  {
    name: 'display:none text is not counted',
    async run(ctx) {
      const page = await ctx.open('/hidden.html');
      const snap = await waitForStableHighlights(page, { min: 1, quietMs: 1000 });
      assertApi(snap);
      assert.equal(snap.size, 1, show(snap));
      assert.match(snap.mentions[0]!.text, /^ccsvi$/i);
    },
  },
  {
    name: 'content-visibility:auto: far-off sections count without forcing their styles; hidden text there drops out once rendered',
    async run(ctx) {
      const page = await ctx.open('/content-visibility.html');
      const shown = ['CCSVI', 'chronic cerebrospinal venous insufficiency', 'CCSVI', 'Liberation Procedure'];
      const before = await waitForStableHighlights(page, { min: shown.length, quietMs: 800 });
      assertApi(before);
      for (const text of shown) {
        assert.ok(
          texts(before).filter((t) => t === text).length >= shown.filter((s) => s === text).length,
          `${text} missing: ${show(before)}`,
        );
      }
      await page.evaluate(`document.getElementById('second-far').scrollIntoView()`);
      const after = await waitForStableHighlights(page, { min: shown.length, quietMs: 800 });
      assert.deepEqual(
        texts(after).sort(),
        [...shown].sort(),
        'after the section was rendered: ' + show(after),
      );
    },
  },
  ...POPUP_TESTS,
  ...CARD_TESTS,
  ...READER_CHOICE_TESTS,
  ...CONTRAST_TESTS,
  ...HIGHLIGHT_STYLE_TESTS,
  ...STURDY_TESTS,
  ...PAGE_CONTEXT_TESTS,
  ...OPTIONS_TESTS,
  ...WELCOME_TESTS,
  ...LANGUAGE_TESTS,
];

/** Runs last: looks at every request the browser made during all tests above. */
export function networkTest(browser: ExtBrowser, server: StaticServer): E2ETest {
  return {
    name: 'no network request other than the fixture server during the run',
    async run() {
      const allowed = (url: string) =>
        url.startsWith(server.origin + '/') ||
        url.startsWith('chrome-extension://') ||
        url.startsWith('moz-extension://') ||
        url.startsWith('data:') ||
        url.startsWith('about:');
      assert.ok(
        browser.requests.some((u) => u.startsWith(server.origin + '/')),
        'request capture saw no fixture request at all, so it is not working',
      );
      const bad = [...new Set(browser.requests.filter((u) => !allowed(u)))];
      assert.deepEqual(bad, [], `unexpected requests (of ${browser.requests.length} seen)`);
    },
  };
}
