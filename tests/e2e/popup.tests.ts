// End-to-end checks of the toolbar popup (issue 5), run by tests/e2e/run.ts with the other tests.
//
// Automation cannot click the toolbar button, so the popup is opened as an ordinary extension page with
// the test hook `popup.html?tab=ID` (entrypoints/popup/params.ts): it then looks at tab ID instead of the
// active tab and stays open after a mention is chosen.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { ExtPage } from '../../scripts/lib/browsers.ts';
import { waitForStableHighlights } from '../../scripts/lib/highlights.ts';
import type { E2ETest, TestContext } from './tests.ts';
import { poll, sleep } from './wait.ts';

/** The seed article's mentions (SEED_MENTIONS in tests.ts; not imported, as tests.ts imports this file). */
const SEED = 39;
const POPUP_VIEWPORT = { width: 400, height: 580 };
const MENTION_TEXT = /ccsvi|liberation procedure|chronic cerebro-?spinal venous insufficiency/i;

/** Extension pages opened by a test, closed at its end (the runner only closes fixture tabs). */
class ExtensionPages {
  private readonly pages: ExtPage[] = [];
  constructor(private readonly ctx: TestContext) {}
  async open(pathAndQuery: string, viewport?: { width: number; height: number }): Promise<ExtPage> {
    const page = await this.ctx.browser.newExtensionPage(pathAndQuery);
    this.pages.push(page);
    if (viewport) await page.setViewport(viewport);
    return page;
  }
  async closeAll(): Promise<void> {
    for (const p of this.pages) await p.close().catch(() => {});
  }
}

const api = (ctx: TestContext) => (ctx.browser.name === 'chromium' ? 'chrome' : 'browser');

/**
 * The id of the tab showing `url`, asked from an extension page. Chrome hides tab addresses from an
 * extension without the "tabs" permission, so each tab's content script is asked for its address too.
 */
export async function tabIdOf(ctx: TestContext, extPage: ExtPage, url: string): Promise<number> {
  const expression = `(async () => {
    const api = ${api(ctx)};
    for (const tab of await api.tabs.query({})) {
      if (tab.url === ${JSON.stringify(url)}) return tab.id;
      const reply = await api.tabs.sendMessage(tab.id, { type: 'mentions:list' }, { frameId: 0 }).catch(() => null);
      if (reply && reply.url === ${JSON.stringify(url)}) return tab.id;
    }
    return null;
  })()`;
  const id = await poll(
    () => extPage.evaluate<number | null>(expression),
    (v) => typeof v === 'number',
    5_000,
  );
  assert.equal(typeof id, 'number', `no tab found with the address ${url}`);
  return id!;
}

/** The toolbar badge of a tab: from the service worker in Chromium, from an extension page in Firefox. */
export function badgeText(ctx: TestContext, extPage: ExtPage, tabId: number): Promise<string> {
  const expression = `${api(ctx)}.action.getBadgeText({ tabId: ${tabId} })`;
  return ctx.browser.evaluateInBackground
    ? ctx.browser.evaluateInBackground<string>(expression)
    : extPage.evaluate<string>(expression);
}

interface PopupList {
  heading: string;
  count: number;
  marks: string[];
  status: string;
}

const readPopup = (popup: ExtPage) =>
  popup.evaluate<PopupList>(`(() => ({
    heading: (document.querySelector('.mentions-count') || {}).textContent || '',
    count: document.querySelectorAll('[data-mention]').length,
    marks: [...document.querySelectorAll('[data-mention] mark')].map((m) => m.textContent),
    status: [...document.querySelectorAll('.status')].map((s) => s.textContent).join(' '),
  }))()`);

/** Opens the seed article and the popup for its tab; checks the badge and the list. */
async function seedArticleWithPopup(ctx: TestContext, pages: ExtensionPages) {
  const article = await ctx.open('/seed-article.html');
  const snap = await waitForStableHighlights(article, { min: SEED, quietMs: 800, timeoutMs: 12_000 });
  assert.equal(snap.size, SEED, 'the seed article is highlighted before the popup is opened');
  const helper = await pages.open('popup.html?view=full');
  const tabId = await tabIdOf(ctx, helper, ctx.server.url('/seed-article.html'));

  const badge = await poll(
    () => badgeText(ctx, helper, tabId),
    (t) => t === String(SEED),
    5_000,
  );
  assert.equal(badge, String(SEED), 'toolbar badge text for the seed article tab');

  const popup = await pages.open(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
  const list = await poll(
    () => readPopup(popup),
    (l) => l.count === SEED,
    10_000,
  );
  assert.equal(
    list.count,
    SEED,
    `mentions listed in the popup (heading "${list.heading}", status "${list.status}")`,
  );
  assert.match(list.heading, new RegExp(`^${SEED} mentions of CCSVI on this page`));
  for (const mark of list.marks)
    assert.match(mark, MENTION_TEXT, `emphasised term in a snippet: ${JSON.stringify(mark)}`);
  return { article, popup, tabId };
}

/**
 * Dark mode for the popup: prefers-color-scheme emulation where the driver has it (Chromium), else the
 * extension's own theme setting (Firefox over BiDi), which the popup follows live.
 */
async function setDark(ctx: TestContext, popup: ExtPage, dark: boolean): Promise<void> {
  try {
    await popup.emulateColorScheme(dark ? 'dark' : 'light');
    return;
  } catch {
    // no emulation in this driver
  }
  await popup.evaluate(`(async () => {
    const area = ${api(ctx)}.storage.sync;
    const { settings } = await area.get('settings');
    await area.set({ settings: { ...(settings || {}), theme: ${JSON.stringify(dark ? 'dark' : 'system')} } });
  })()`);
  await poll(
    () => popup.evaluate<string>('document.documentElement.dataset.theme || ""'),
    (t) => t === (dark ? 'dark' : 'system'),
    3_000,
  );
}

async function screenshotPopup(ctx: TestContext, popup: ExtPage, name: string) {
  await sleep(150);
  await popup.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-${name}.png`));
}

export const POPUP_TESTS: E2ETest[] = [
  {
    name: 'popup: badge reads 39 on the seed article, the popup lists every mention, choosing one reveals it on the page (+ screenshots)',
    timeoutMs: 60_000,
    async run(ctx) {
      const pages = new ExtensionPages(ctx);
      try {
        const { article, popup } = await seedArticleWithPopup(ctx, pages);

        // Screenshots, light and dark, of the page list and two topic tabs.
        await screenshotPopup(ctx, popup, 'popup-light');
        await popup.evaluate(`document.querySelector('[role=tab][id$="-studies"]').click()`);
        await popup.evaluate(`document.querySelector('.study-list details').open = true`);
        await screenshotPopup(ctx, popup, 'popup-studies-light');
        await popup.evaluate(`document.querySelector('[role=tab][id$="-timeline"]').click()`);
        await screenshotPopup(ctx, popup, 'popup-timeline-light');
        await popup.evaluate(`document.querySelector('[role=tab][id$="-safety"]').click()`);
        await screenshotPopup(ctx, popup, 'popup-safety-light');
        try {
          await setDark(ctx, popup, true);
          await popup.evaluate(`document.querySelector('[role=tab][id$="-studies"]').click()`);
          await screenshotPopup(ctx, popup, 'popup-studies-dark');
          await popup.evaluate(`document.querySelector('[role=tab][id$="-page"]').click()`);
          await screenshotPopup(ctx, popup, 'popup-dark');
          await popup.evaluate(`document.querySelector('[role=tab][id$="-evidence"]').click()`);
          await screenshotPopup(ctx, popup, 'popup-evidence-dark');
        } finally {
          await setDark(ctx, popup, false);
        }
        await popup.evaluate(`document.querySelector('[role=tab][id$="-page"]').click()`);

        // Choose a mention far down the page: the page scrolls to it and flashes it.
        await article.bringToFront();
        const before = await article.evaluate<number>('scrollY');
        const chosen = SEED - 5;
        const chosenText = await popup.evaluate<string>(
          `document.querySelectorAll('[data-mention] mark')[${chosen}].textContent`,
        );
        await popup.evaluate(`document.querySelectorAll('[data-mention]')[${chosen}].click()`);
        const seen = { active: '', scrollY: before };
        const read = () =>
          article.evaluate<{ active: string; scrollY: number }>(`(() => {
            const h = CSS.highlights.get('fact-context-active');
            const r = h && [...h][0];
            return { active: r ? r.toString() : '', scrollY: scrollY };
          })()`);
        await poll(
          async () => {
            const now = await read();
            if (now.active) seen.active = now.active;
            seen.scrollY = now.scrollY;
            return seen;
          },
          (s) => s.active !== '' && Math.abs(s.scrollY - before) > 100,
          5_000,
          40,
        );
        assert.equal(
          seen.active.trim().toLowerCase(),
          chosenText.trim().toLowerCase(),
          'the chosen mention flashes (fact-context-active highlight)',
        );
        assert.ok(
          Math.abs(seen.scrollY - before) > 100,
          `the page scrolled to the mention (scrollY ${before} → ${seen.scrollY})`,
        );
        assert.equal(
          await popup.evaluate<number>(`document.querySelectorAll('[data-mention]').length`),
          SEED,
          'the popup opened with ?tab= stays open',
        );

        // …and its card opens there (an element with an open shadow root, made by the content script).
        const card = await poll(
          () =>
            article.evaluate<string | null>(
              `(() => { const c = document.querySelector('fact-context-card'); return c && c.shadowRoot ? c.shadowRoot.textContent : null; })()`,
            ),
          (t) => !!t && /CCSVI/.test(t),
          5_000,
        );
        assert.ok(
          card && /CCSVI/.test(card),
          `the card opens at the revealed mention (fact-context-card with an open shadow root): ${JSON.stringify(card?.slice(0, 120) ?? null)}`,
        );
        // Let the smooth scroll finish before the screenshot.
        let last = -1;
        await poll(
          async () => {
            const y = await article.evaluate<number>('scrollY');
            const still = y === last;
            last = y;
            return still;
          },
          (still) => still,
          3_000,
          150,
        );
        await article.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-popup-revealed.png`));
      } finally {
        await pages.closeAll();
      }
    },
  },
  {
    name: 'popup: each snippet carries the language of the page where the mention is (it, fr, pl)',
    async run(ctx) {
      const pages = new ExtensionPages(ctx);
      try {
        const page = await ctx.open('/languages.html');
        await waitForStableHighlights(page, { min: 3, quietMs: 500 });
        const helper = await pages.open('popup.html?view=full');
        const tabId = await tabIdOf(ctx, helper, ctx.server.url('/languages.html'));
        const popup = await pages.open(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
        const langs = await poll(
          () =>
            popup.evaluate<string[]>(
              `[...document.querySelectorAll('[data-mention] .snippet')].map((s) => s.lang)`,
            ),
          (l) => l.length === 3,
        );
        assert.deepEqual(langs, ['it', 'fr', 'pl']);
      } finally {
        await pages.closeAll();
      }
    },
  },
  {
    name: 'popup: a page without mentions says so and offers the evidence',
    async run(ctx) {
      const pages = new ExtensionPages(ctx);
      try {
        await ctx.open('/no-mention.html');
        await sleep(800);
        const helper = await pages.open('popup.html?view=full');
        const tabId = await tabIdOf(ctx, helper, ctx.server.url('/no-mention.html'));
        const popup = await pages.open(`popup.html?tab=${tabId}`, POPUP_VIEWPORT);
        const list = await poll(
          () => readPopup(popup),
          (l) => /No mentions/.test(l.status),
          8_000,
        );
        assert.match(list.status, /No mentions of CCSVI or the Liberation Procedure on this page/);
        assert.equal(list.count, 0);
        const verdict = await popup.evaluate<string>(
          `(document.querySelector('.verdict-text') || {}).textContent || ''`,
        );
        assert.match(verdict, /strongest studies/);
        assert.equal(await badgeText(ctx, helper, tabId), '', 'no badge on a page without mentions');
      } finally {
        await pages.closeAll();
      }
    },
  },
  {
    name: 'popup: an extension page (where content scripts cannot run) is reported as such',
    async run(ctx) {
      const pages = new ExtensionPages(ctx);
      try {
        const own = await pages.open('popup.html?view=full');
        const ownTabId = await own.evaluate<number>(`${api(ctx)}.tabs.getCurrent().then((t) => t.id)`);
        const popup = await pages.open(`popup.html?tab=${ownTabId}`, POPUP_VIEWPORT);
        const list = await poll(
          () => readPopup(popup),
          (l) => /not allowed to read/.test(l.status),
          10_000,
        );
        const shown = await popup.evaluate<string>(
          'location.href + " | " + document.body.innerText.slice(0, 300)',
        );
        assert.match(list.status, /browser’s own pages/, `tab ${ownTabId}: ${shown}`);
      } finally {
        await pages.closeAll();
      }
    },
  },
  {
    name: 'popup: full view (?view=full) opens on Studies with no "This page" tab',
    async run(ctx) {
      const pages = new ExtensionPages(ctx);
      try {
        const full = await pages.open('popup.html?view=full', { width: 1000, height: 800 });
        const info = await poll(
          () =>
            full.evaluate<{ tabs: string[]; selected: string; studies: number }>(`(() => ({
            tabs: [...document.querySelectorAll('[role=tab]')].map((t) => t.textContent.trim()),
            selected: (document.querySelector('[role=tab][aria-selected=true]') || {}).textContent || '',
            studies: document.querySelectorAll('.study-list > li').length,
          }))()`),
          (i) => i.studies > 0,
        );
        assert.deepEqual(info.tabs, ['Evidence', 'Studies', 'Timeline', 'Safety']);
        assert.equal(info.selected, 'Studies');
        assert.ok(info.studies >= 20, `studies and statements listed: ${info.studies}`);
        await full.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-full-view.png`));
      } finally {
        await pages.closeAll();
      }
    },
  },
];
