// End-to-end checks of the options page (issue 6), run by tests/e2e/run.ts with the other tests.
//
// The options page is opened as a tab (chrome-extension://ID/options.html, moz-extension://UUID/...)
// next to a fixture page, and driven through its own controls (clicks and typing dispatched in the page).
// The privacy-mode test runs in Chromium only: in Firefox, privacy mode really gives the host permission
// back, and asking for it again needs a permission prompt that headless Firefox cannot answer.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { ExtPage } from '../../scripts/lib/browsers.ts';
import { readHighlights, waitForStableHighlights } from '../../scripts/lib/highlights.ts';
import type { HighlightSnapshot } from '../../scripts/lib/highlights.ts';
import type { E2ETest, TestContext } from './tests.ts';
import { poll, sleep } from './wait.ts';

/** The seed article's mentions (SEED_MENTIONS in tests.ts; not imported, as tests.ts imports this file). */
const SEED = 39;
const show = (s: HighlightSnapshot) =>
  `${s.size} mention(s) under [${[...new Set(s.mentions.map((m) => m.name))].join(', ')}]`;

/** `chrome` in Chromium, `browser` in Firefox: the extension API as seen from an extension page. */
const api = (ctx: TestContext) => (ctx.browser.name === 'chromium' ? 'chrome' : 'browser');

/**
 * Runs `body` with the options page open in a tab of its own; puts the settings back to their defaults
 * afterwards (and waits until the content script is registered again) for the tests that follow.
 */
async function withOptions(
  ctx: TestContext,
  body: (options: ExtPage) => Promise<void>,
  only?: 'chromium',
): Promise<void> {
  if (only && ctx.browser.name !== only) {
    console.log(
      `      (not run in ${ctx.browser.name}: see the comment at the top of tests/e2e/options.tests.ts)`,
    );
    return;
  }
  const options = await ctx.browser.newExtensionPage('options.html');
  try {
    await poll(() => options.evaluate<boolean>(`!!document.querySelector('#highlighting')`), Boolean);
    await body(options);
  } finally {
    await options.evaluate(`${api(ctx)}.storage.sync.remove('settings')`).catch(() => {});
    await poll(
      () => registeredScripts(ctx, options),
      (n) => n === 1,
    ).catch(() => {});
    await options.close().catch(() => {});
  }
}

const registeredScripts = (ctx: TestContext, options: ExtPage) =>
  options.evaluate<number>(`${api(ctx)}.scripting.getRegisteredContentScripts().then((s) => s.length)`);

/** Clicks the button or radio/checkbox whose accessible name (label text, aria-label or text) is `name`. */
async function click(page: ExtPage, name: string): Promise<void> {
  const found = await page.evaluate<boolean>(`(() => {
    const name = ${JSON.stringify(name)};
    const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
    // A label's name leaves out what is hidden from assistive technology (the style samples).
    const text = (el) => { const copy = el.cloneNode(true); copy.querySelectorAll('[aria-hidden="true"]').forEach((h) => h.remove()); return norm(copy.textContent); };
    const byLabel = [...document.querySelectorAll('label')].find((l) => text(l) === name);
    const control = byLabel ? document.getElementById(byLabel.htmlFor)
      : [...document.querySelectorAll('button, a')].find((b) => norm(b.getAttribute('aria-label')) === name || norm(b.textContent) === name);
    if (!control) return false;
    control.click();
    return true;
  })()`);
  assert.ok(found, `no control named ${JSON.stringify(name)} on the options page`);
}

/** Types into the text field with this id as a person would (input events), then submits its form. */
async function typeAndSubmit(page: ExtPage, id: string, text: string): Promise<string> {
  return page.evaluate<string>(`(async () => {
    const input = document.getElementById(${JSON.stringify(id)});
    input.focus();
    input.value = ${JSON.stringify(text)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    input.form.requestSubmit();
    await new Promise((r) => setTimeout(r, 300));
    return document.getElementById(input.getAttribute('aria-describedby').split(' ')[0]).textContent;
  })()`);
}

const storedSettings = (ctx: TestContext, options: ExtPage) =>
  options.evaluate<Record<string, unknown> | undefined>(
    `${api(ctx)}.storage.sync.get('settings').then((r) => r.settings)`,
  );

export const OPTIONS_TESTS: E2ETest[] = [
  {
    name: 'options: "never on these sites" removes the highlights from an open tab at once, removing the rule restores them, a new style moves them',
    timeoutMs: 60_000,
    async run(ctx) {
      const page = await ctx.open('/seed-article.html');
      const before = await waitForStableHighlights(page, { min: SEED, quietMs: 800, timeoutMs: 12_000 });
      assert.equal(before.size, SEED, show(before));
      await withOptions(ctx, async (options) => {
        const message = await typeAndSubmit(options, 'never-sites-input', 'http://127.0.0.1:8080/anything');
        const saved = await poll(
          () => storedSettings(ctx, options),
          (s) => Array.isArray(s?.neverSites) && (s.neverSites as string[]).includes('127.0.0.1'),
        );
        assert.deepEqual(
          saved?.neverSites,
          ['127.0.0.1'],
          `the site rule is stored in its normal form (message: ${JSON.stringify(message)})`,
        );
        const off = await poll(
          () => readHighlights(page),
          (s) => s.size === 0,
        );
        assert.equal(off.size, 0, 'highlights left on the open tab after "never on 127.0.0.1": ' + show(off));

        await click(options, 'Remove 127.0.0.1');
        await page.bringToFront();
        const back = await waitForStableHighlights(page, { min: SEED, quietMs: 800, timeoutMs: 12_000 });
        assert.equal(back.size, SEED, 'after removing the rule: ' + show(back));

        await options.bringToFront();
        await click(options, 'Coloured background');
        const moved = await poll(
          () => readHighlights(page),
          (s) => s.size === SEED && s.mentions.every((m) => m.name === 'fact-context-mention-background'),
        );
        assert.ok(
          moved.size === SEED && moved.mentions.every((m) => m.name === 'fact-context-mention-background'),
          'after choosing "Coloured background": ' + show(moved),
        );
        assert.ok(
          !moved.names.includes('fact-context-mention-underline'),
          `the underline highlight is still registered: ${moved.names.join(', ')}`,
        );
      });
    },
  },
  {
    name: 'options: with every language switched off nothing is highlighted and the page stays responsive; one language back highlights again',
    timeoutMs: 60_000,
    async run(ctx) {
      const page = await ctx.open('/seed-article.html');
      await waitForStableHighlights(page, { min: SEED, quietMs: 800, timeoutMs: 12_000 });
      const names = ['en', 'it', 'fr', 'es', 'de', 'pl', 'pt', 'nl', 'ja'].map((code) =>
        new Intl.DisplayNames(['en'], { type: 'language' }).of(code)!,
      );
      await withOptions(ctx, async (options) => {
        try {
          for (const name of names) {
            const on = await options.evaluate<boolean>(`(() => {
              const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(name)});
              return !!label && document.getElementById(label.htmlFor).checked;
            })()`);
            if (on) await click(options, name);
          }
          const stored = await poll(
            () => storedSettings(ctx, options),
            (s) => Array.isArray(s?.languages) && (s.languages as string[]).length === 0,
          );
          assert.deepEqual(stored?.languages, [], 'no language is stored');
          const off = await poll(
            () => readHighlights(page),
            (h) => h.size === 0,
          );
          assert.equal(off.size, 0, 'no highlight with every language off: ' + show(off));
          // The page answers at once: nothing loops on a matcher without terms.
          const started = Date.now();
          await page.evaluate(
            `document.body.appendChild(document.createElement('p')).textContent = 'CCSVI again'`,
          );
          await sleep(500);
          assert.equal(await page.evaluate<number>('1 + 1'), 2);
          assert.ok(Date.now() - started < 5_000, `the page answered in ${Date.now() - started} ms`);
          await click(options, 'English');
          await page.bringToFront();
          const back = await waitForStableHighlights(page, { min: 1, quietMs: 800, timeoutMs: 12_000 });
          assert.ok(back.size >= 1, 'English back: highlights again');
        } finally {
          await options.evaluate(
            `${api(ctx)}.storage.sync.get('settings').then((r) => ${api(ctx)}.storage.sync.set({ settings: { ...(r.settings || {}), languages: ${JSON.stringify(['en', 'it', 'fr', 'es', 'de', 'pl', 'pt', 'nl', 'ja'])} } }))`,
          );
        }
      });
    },
  },
  {
    name: 'options: a bad site pattern is explained and not saved',
    async run(ctx) {
      await withOptions(ctx, async (options) => {
        const message = await typeAndSubmit(options, 'only-sites-input', 'my site.com');
        assert.equal(message, 'A site name has no spaces.');
        assert.equal(
          await options.evaluate<string>(
            `document.getElementById('only-sites-input').getAttribute('aria-invalid')`,
          ),
          'true',
        );
        const stored = await storedSettings(ctx, options);
        assert.ok(
          !stored ||
            (stored.onlySites as string[] | undefined)?.length === 0 ||
            stored.onlySites === undefined,
          `stored: ${JSON.stringify(stored)}`,
        );
      });
    },
  },
  {
    name: 'options (Chromium only): privacy mode: no highlights until the toolbar action scans the tab; turning it off highlights open tabs',
    timeoutMs: 60_000,
    async run(ctx) {
      await withOptions(
        ctx,
        async (options) => {
          await click(options, 'Privacy mode: only when I click the toolbar button');
          const unregistered = await poll(
            () => registeredScripts(ctx, options),
            (n) => n === 0,
          );
          assert.equal(unregistered, 0, 'the content script is still registered in privacy mode');
          const state = await options.evaluate<string>(
            `document.querySelector('.permission-state').textContent`,
          );
          assert.match(state, /nothing is read until you click/i, 'the page says what privacy mode does');

          const page = await ctx.open('/seed-article.html');
          await sleep(2000);
          const none = await readHighlights(page);
          assert.equal(none.size, 0, 'a page opened in privacy mode was highlighted: ' + show(none));

          // What the popup does when the reader clicks the toolbar button: ask the background to scan that tab.
          const url = ctx.server.url('/seed-article.html');
          const tabId = await options.evaluate<number>(
            `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)}).id)`,
          );
          const result = await options.evaluate<{ ok: boolean }>(
            `chrome.runtime.sendMessage({ type: 'privacy:scan-tab', tabId: ${tabId} })`,
          );
          assert.equal(result.ok, true, `scan refused: ${JSON.stringify(result)}`);
          await page.bringToFront();
          const scanned = await waitForStableHighlights(page, { min: SEED, quietMs: 800, timeoutMs: 12_000 });
          assert.equal(scanned.size, SEED, 'after the on-demand scan: ' + show(scanned));

          // Another page opened in privacy mode stays unread ...
          const other = await ctx.open('/shadow.html');
          await sleep(1500);
          assert.equal(
            (await readHighlights(other)).size,
            0,
            'a second page was highlighted in privacy mode',
          );
          // ... until privacy mode is turned off: then open tabs are highlighted without a reload.
          await options.bringToFront();
          await click(options, 'On every page I visit');
          const registered = await poll(
            () => registeredScripts(ctx, options),
            (n) => n === 1,
          );
          assert.equal(registered, 1, 'the content script was not registered again');
          await other.bringToFront();
          const after = await waitForStableHighlights(other, { min: 2, timeoutMs: 10_000 });
          assert.equal(after.size, 2, 'the open tab after turning privacy mode off: ' + show(after));
        },
        'chromium',
      );
    },
  },
  {
    name: 'options (Chromium only): turning privacy mode on clears the highlights of tabs read before',
    timeoutMs: 60_000,
    async run(ctx) {
      await withOptions(
        ctx,
        async (options) => {
          const page = await ctx.open('/seed-article.html');
          const before = await waitForStableHighlights(page, { min: SEED, quietMs: 800 });
          assert.equal(before.size, SEED, 'before privacy mode: ' + show(before));
          await options.bringToFront();
          await click(options, 'Privacy mode: only when I click the toolbar button');
          await page.bringToFront();
          const after = await poll(
            () => readHighlights(page),
            (snap) => snap.size === 0,
          );
          assert.equal(after.size, 0, 'a tab read before privacy mode kept its highlights: ' + show(after));
        },
        'chromium',
      );
    },
  },
  {
    name: 'options: screenshots, light and dark',
    async run(ctx) {
      await withOptions(ctx, async (options) => {
        await typeAndSubmit(options, 'never-sites-input', '*.example.com');
        await typeAndSubmit(options, 'only-sites-input', 'not a site');
        const background = () =>
          options.evaluate<string>(`getComputedStyle(document.documentElement).backgroundColor`);
        const LIGHT = 'rgb(250, 250, 249)';
        const DARK = 'rgb(28, 25, 23)';
        for (const [theme, label, colour] of [
          ['light', 'Light', LIGHT],
          ['dark', 'Dark', DARK],
        ] as const) {
          await click(options, label);
          // From the top, so the sticky header is where a reader sees it.
          await options.evaluate(
            `(document.activeElement && document.activeElement.blur(), window.scrollTo({ top: 0, behavior: 'instant' }))`,
          );
          await sleep(400);
          assert.equal(await background(), colour, `Theme: ${label}`);
          await options.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-options-${theme}.png`), {
            fullPage: true,
          });
        }
        // "Same as my system" follows prefers-color-scheme (Puppeteer cannot emulate it in Firefox).
        if (ctx.browser.name === 'chromium') {
          await click(options, 'Same as my system (light or dark)');
          await options.emulateColorScheme('dark');
          await sleep(300);
          assert.equal(await background(), DARK, 'Theme: system, in a dark system');
          await options.emulateColorScheme('light');
          await sleep(300);
          assert.equal(await background(), LIGHT, 'Theme: system, in a light system');
        }
      });
    },
  },
];
