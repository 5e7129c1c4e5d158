// End-to-end checks of what the reader decides on a page (issue 16): "Not about CCSVI?" with Undo and its
// list in Options, a closed card that hovering does not bring back, keyboard focus from the popup into
// the card (kept there by Tab), and the popup's keys for the next and previous mention.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { ExtPage } from '../../scripts/lib/browsers.ts';
import { readHighlights, waitForStableHighlights } from '../../scripts/lib/highlights.ts';
import { hoverUntilOpen, readCard, readMentions, sendToTab } from './card.tests.ts';
import { badgeText, tabIdOf } from './popup.tests.ts';
import type { E2ETest, TestContext } from './tests.ts';
import { poll, sleep } from './wait.ts';

const SEED = 39;
const api = (ctx: TestContext) => (ctx.browser.name === 'chromium' ? 'chrome' : 'browser');
const center = (b: { left: number; top: number; right: number; bottom: number }) => ({
  x: (b.left + b.right) / 2,
  y: (b.top + b.bottom) / 2,
});

/** The focused element inside the card's shadow root (aria-label, else its text), and whether the document's focus is on the card. */
const readFocus = (page: ExtPage) =>
  page.evaluate<{ inCard: boolean; focused: string; page: string }>(`(() => {
    const host = document.querySelector('fact-context-card');
    const el = host && host.shadowRoot && host.shadowRoot.activeElement;
    const a = document.activeElement;
    return {
      inCard: !!host && a === host,
      focused: el ? (el.getAttribute('aria-label') || (el.getAttribute('role') === 'dialog' ? 'dialog' : el.textContent.trim())) : '',
      page: a ? a.tagName + ':' + (a.textContent || '').trim().slice(0, 20) : '',
    };
  })()`);

/** Clicks a button of the open card, named by its text, with the real pointer (moving into the card first). */
async function clickCardButton(page: ExtPage, label: string): Promise<void> {
  const card = await readCard(page);
  await page.mouseMove(card.rect.left + 30, card.rect.top + 30, { steps: 4 });
  const box = await page.evaluate<{
    left: number;
    top: number;
    right: number;
    bottom: number;
  } | null>(`(() => {
    const b = [...document.querySelector('fact-context-card').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)});
    if (!b) return null;
    b.scrollIntoView({ block: 'nearest' });
    const r = b.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  })()`);
  assert.ok(box, `a button "${label}" in the card`);
  const c = center(box!);
  await page.mouseMove(c.x, c.y, { steps: 3 });
  await page.mouseClick(c.x, c.y);
}

const clearHidden = (ctx: TestContext) => `${api(ctx)}.storage.local.remove('hiddenMentions')`;

async function popupFor(ctx: TestContext, url: string, pages: ExtPage[]) {
  const helper = await ctx.browser.newExtensionPage('popup.html?view=full');
  pages.push(helper);
  const tabId = await tabIdOf(ctx, helper, url);
  const popup = await ctx.browser.newExtensionPage(`popup.html?tab=${tabId}`);
  pages.push(popup);
  await popup.setViewport({ width: 400, height: 580 });
  return { helper, popup, tabId };
}

const listedInPopup = (popup: ExtPage) =>
  popup.evaluate<number>(`document.querySelectorAll('[data-mention]').length`);

export const READER_CHOICE_TESTS: E2ETest[] = [
  {
    name: 'not about CCSVI (+ screenshots): hides the mention and the same text on this page (highlights, popup list, badge); Undo from the keyboard; remembered after a reload; Options counts, saves the list to a file and clears it',
    timeoutMs: 90_000,
    async run(ctx) {
      const url = ctx.server.url('/seed-article.html');
      const pages: ExtPage[] = [];
      const article = await ctx.open('/seed-article.html');
      await waitForStableHighlights(article, { min: SEED, quietMs: 800, timeoutMs: 12_000 });
      const { helper, popup, tabId } = await popupFor(ctx, url, pages);
      try {
        await article.bringToFront();
        await article.mouseMove(2, 2);
        const mentions = await readMentions(article);
        const same = mentions.filter((m) => m.text.toLowerCase() === 'ccsvi');
        const target = same.find(
          (m) => m.rects.length > 0 && m.rects[0]!.top > 120 && m.rects[0]!.bottom < 700,
        );
        assert.ok(target, 'a mention reading "CCSVI" in view');
        const left = SEED - same.length;
        await hoverUntilOpen(article, target!);
        await clickCardButton(article, 'Not about CCSVI?');

        const hidden = await poll(
          () => readHighlights(article),
          (s) => s.size === left,
          5_000,
        );
        assert.equal(hidden.size, left, `the ${same.length} mentions reading "CCSVI" lose their highlight`);
        assert.ok(
          hidden.mentions.every((m) => m.text.toLowerCase() !== 'ccsvi'),
          'no highlight left on "CCSVI"',
        );
        const card = await readCard(article);
        assert.ok(card.open, 'the card stays, as a confirmation');
        assert.match(card.status, /“CCSVI”: This mention is hidden on this page\./);
        assert.deepEqual(card.buttons, ['Close', 'Undo'], 'the confirmation holds Close and Undo only');
        await sleep(250);
        await article.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-card-not-about.png`));
        const focus = await readFocus(article);
        assert.ok(focus.inCard && focus.focused === 'Undo', `focus is on Undo (${JSON.stringify(focus)})`);
        assert.equal(
          await poll(
            () => listedInPopup(popup),
            (n) => n === left,
            5_000,
          ),
          left,
          'the popup lists the other mentions only',
        );
        assert.equal(
          await poll(
            () => badgeText(ctx, helper, tabId),
            (t) => t === String(left),
            5_000,
          ),
          String(left),
          'the badge counts the other mentions only',
        );

        // Undo from the keyboard: Tab keeps to the card's two buttons, Enter on Undo.
        await article.press('Tab');
        await article.press('Tab');
        assert.equal((await readFocus(article)).focused, 'Undo', 'Tab goes round Close and Undo');
        await article.press('Enter');
        const back = await poll(
          () => readHighlights(article),
          (s) => s.size === SEED,
          5_000,
        );
        assert.equal(back.size, SEED, 'Undo brings every highlight back');
        const restored = await poll(
          () => readFocus(article),
          (f) => f.focused === 'Not about CCSVI?',
          3_000,
        );
        assert.equal(
          restored.focused,
          'Not about CCSVI?',
          'the full card is back, focus where the reader was',
        );
        assert.equal((await readCard(article)).verdict !== '', true);

        // Hidden again, and the page loaded again: still hidden (this page, this device).
        await clickCardButton(article, 'Not about CCSVI?');
        await poll(
          () => readHighlights(article),
          (s) => s.size === left,
          5_000,
        );
        await article.goto(url);
        const reloaded = await waitForStableHighlights(article, {
          min: left,
          quietMs: 1_000,
          timeoutMs: 12_000,
        });
        assert.equal(reloaded.size, left, 'remembered for the page after a reload');

        // Options: how many, the file, and clearing them.
        const options = await ctx.browser.newExtensionPage('options.html');
        pages.push(options);
        const count = await poll(
          () =>
            options.evaluate<string>(
              `(document.querySelector('#hidden-mentions .hidden-count') || {}).textContent || ''`,
            ),
          (t) => t.startsWith('You hid'),
          5_000,
        );
        assert.equal(count, 'You hid 1 word or phrase on 1 page.');
        await options.setViewport({ width: 900, height: 700 });
        await options.evaluate(
          `document.getElementById('hidden-mentions').scrollIntoView({ block: 'center', behavior: 'instant' })`,
        );
        await sleep(400);
        await options.screenshot(
          path.join(ctx.artifactsDir, `${ctx.browser.name}-options-hidden-mentions.png`),
        );
        const file = await options.evaluate<{ name: string; text: string }>(`new Promise((resolve) => {
          // The download itself is the browser's; the test reads the file the page hands it (no request).
          let blob = null;
          const make = URL.createObjectURL;
          URL.createObjectURL = (b) => { blob = b; return make.call(URL, b); };
          HTMLAnchorElement.prototype.click = function () { const name = this.download; blob.text().then((text) => resolve({ name, text })); };
          [...document.querySelectorAll('#hidden-mentions button')].find((b) => b.textContent === 'Save the list to a file').click();
        })`);
        assert.equal(file.name, 'ccsvi-context-hidden-mentions.json');
        const saved = JSON.parse(file.text) as {
          format: string;
          hidden: Array<{ page: string; text: string }>;
        };
        assert.equal(saved.format, 'ccsvi-context-hidden-mentions');
        assert.deepEqual(
          saved.hidden.map((h) => [h.page, h.text]),
          [[url, 'CCSVI']],
        );
        await options.evaluate(
          `[...document.querySelectorAll('#hidden-mentions button')].find((b) => b.textContent === 'Highlight them all again').click()`,
        );
        const cleared = await poll(
          () =>
            options.evaluate<string>(`document.querySelector('#hidden-mentions .hidden-count').textContent`),
          (t) => t === 'You have not hidden any mention.',
          5_000,
        );
        assert.equal(cleared, 'You have not hidden any mention.');
        const all = await poll(
          () => readHighlights(article),
          (s) => s.size === SEED,
          5_000,
        );
        assert.equal(all.size, SEED, 'the open page highlights them again at once');
      } finally {
        await helper.evaluate(clearHidden(ctx)).catch(() => {});
        for (const p of pages) await p.close().catch(() => {});
      }
    },
  },
  {
    name: 'closed card: hovering the same term on the page does not open it again (Escape, click outside); another term still does; a click or the keyboard opens it',
    timeoutMs: 45_000,
    async run(ctx) {
      const article = await ctx.open('/seed-article.html');
      await waitForStableHighlights(article, { min: SEED, quietMs: 800, timeoutMs: 12_000 });
      await article.mouseMove(2, 2);
      const mentions = (await readMentions(article)).filter(
        (m) => m.rects.length > 0 && m.rects[0]!.top > 120 && m.rects[0]!.bottom < 860,
      );
      const ccsvi = mentions.filter((m) => m.text === 'CCSVI');
      const liberation = mentions.find((m) => /^liberation procedure$/i.test(m.text));
      assert.ok(ccsvi.length >= 2 && liberation, 'two "CCSVI" mentions and a "Liberation Procedure" in view');
      const stays = async (what: string) => {
        await sleep(1_000);
        assert.equal((await readCard(article)).open, false, what);
      };

      await hoverUntilOpen(article, ccsvi[0]!);
      await article.press('Escape');
      await poll(
        () => readCard(article),
        (c) => !c.open,
        2_000,
      );
      await article.mouseMove(2, 2, { steps: 2 });
      const other = center(ccsvi[1]!.rects[0]!);
      await article.mouseMove(other.x, other.y, { steps: 3 });
      await stays('after Escape, hovering another "CCSVI" does not open the card');

      await article.mouseMove(2, 2, { steps: 2 });
      await hoverUntilOpen(article, liberation!);
      // Closed by a click away from it.
      await article.mouseClick(4, 880);
      await poll(
        () => readCard(article),
        (c) => !c.open,
        2_000,
      );
      const lib = center(liberation!.rects[0]!);
      await article.mouseMove(lib.x, lib.y, { steps: 3 });
      await stays('after a click away, hovering the same term does not open the card');

      await article.mouseClick(other.x, other.y);
      const clicked = await poll(
        () => readCard(article),
        (c) => c.open && c.verdict !== '',
        3_000,
      );
      assert.ok(clicked.open, 'a click on the term still opens its card');
      await article.press('Escape');
      await poll(
        () => readCard(article),
        (c) => !c.open,
        2_000,
      );
      // The next-mention command (its keyboard shortcut) still opens it too.
      assert.equal(
        await sendToTab(ctx, ctx.server.url('/seed-article.html'), { type: 'mentions:step', direction: 1 }),
        true,
      );
      const stepped = await poll(
        () => readCard(article),
        (c) => c.open && c.verdict !== '',
        3_000,
      );
      assert.ok(stepped.open, 'the keyboard command still opens the card of a closed term');
    },
  },
  {
    name: 'keyboard: choosing a mention in the popup puts focus inside its card; Tab and Shift+Tab stay in the card; Escape returns focus; the popup shows the keys for the next and previous mention',
    timeoutMs: 60_000,
    async run(ctx) {
      const url = ctx.server.url('/seed-article.html');
      const pages: ExtPage[] = [];
      const article = await ctx.open('/seed-article.html');
      await waitForStableHighlights(article, { min: SEED, quietMs: 800, timeoutMs: 12_000 });
      await article.evaluate(`document.querySelector('nav a').focus()`);
      try {
        const { popup } = await popupFor(ctx, url, pages);
        await poll(
          () => listedInPopup(popup),
          (n) => n === SEED,
          10_000,
        );
        const keys = await poll(
          () => popup.evaluate<string>(`(document.querySelector('.step-keys') || {}).textContent || ''`),
          (t) => t !== '',
          3_000,
        );
        assert.equal(
          keys,
          'Alt + Shift + . goes to the next mention on the page. Alt + Shift + , goes to the previous one.',
          'the popup shows the keys as the browser reports them',
        );
        await popup.evaluate(`document.querySelectorAll('[data-mention]')[3].click()`);
        await article.bringToFront();
        const focused = await poll(
          () => readFocus(article),
          (f) => f.inCard,
          5_000,
        );
        assert.ok(focused.inCard, `keyboard focus is inside the card (page focus: ${focused.page})`);
        assert.equal(focused.focused, 'dialog', 'the dialog itself has focus: its name and verdict are read');
        await poll(
          () => readCard(article),
          (c) => c.open && c.verdict !== '',
          5_000,
        );

        // Round the card with Tab: every stop is inside it, and after the last comes the first again.
        const card = await readCard(article);
        const seen: string[] = [];
        for (let i = 0; i < card.tabStops + 1; i++) {
          await article.press('Tab');
          const f = await readFocus(article);
          assert.ok(f.inCard, `Tab ${i + 1} stays in the card (page focus: ${f.page})`);
          seen.push(f.focused);
        }
        assert.equal(seen[0], 'Close');
        assert.equal(seen[card.tabStops - 1], 'Not about CCSVI?', `the last stop (${seen.join(' | ')})`);
        assert.equal(seen[card.tabStops], 'Close', 'after the last stop, Tab goes back to the first');
        await article.press('Shift+Tab');
        const back = await readFocus(article);
        assert.ok(
          back.inCard && back.focused === 'Not about CCSVI?',
          `Shift+Tab from the first goes to the last (${JSON.stringify(back)})`,
        );

        await article.press('Escape');
        await poll(
          () => readCard(article),
          (c) => !c.open,
          2_000,
        );
        const after = await readFocus(article);
        assert.equal(after.page, 'A:Home', 'Escape returns focus to the link that had it before');
      } finally {
        for (const p of pages) await p.close().catch(() => {});
      }
    },
  },
];
