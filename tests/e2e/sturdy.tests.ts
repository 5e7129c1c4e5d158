// End-to-end checks of issue 17 (real web apps: churn, editors, late shadow roots, revealed text,
// dialogs, frames) and of the mention order of issue 16. Run with `--grep sturdy`.
import assert from 'node:assert/strict';
import type { ExtPage } from '../../scripts/lib/browsers.ts';
import { describeMention, readHighlights, waitForStableHighlights } from '../../scripts/lib/highlights.ts';
import type { HighlightSnapshot } from '../../scripts/lib/highlights.ts';
import { hoverUntilOpen, readCard, readMentions } from './card.tests.ts';
import type { E2ETest } from './tests.ts';
import { poll, sleep } from './wait.ts';

const show = (s: HighlightSnapshot) => `${s.size} mention(s): ${s.mentions.map(describeMention).join(' | ')}`;

/** Highlighted ranges whose start lies inside the element `selector` (through open shadow roots' hosts). */
function countInside(page: ExtPage, selector: string): Promise<number> {
  return page.evaluate<number>(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    let n = 0;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('fact-context-mention')) continue;
      for (const r of h) if (el && el.contains(r.startContainer)) n++;
    }
    return n;
  })()`);
}

/**
 * Fixed seeds, so CI is repeatable: 20261203, and the random seeds that found cases the scanner got
 * wrong (1973163573: a shadow host moved into an editor kept its shadow root's old visibility; 5: a
 * span added to a paragraph was read apart from the rest of the paragraph's line). Run
 * `window.runStoreProperty({ runs, maxChurn })` on the page without a seed to explore further.
 */
const STORE_PROPERTY_SEEDS = [20261203, 1973163573, 5];

export const STURDY_TESTS: E2ETest[] = [
  {
    name: 'sturdy: churn storm (1,000 nodes removed one by one and 1,000 appended each frame): no phantom mention, only live ones highlighted',
    timeoutMs: 40_000,
    async run(ctx) {
      const page = await ctx.open('/storm.html');
      await sleep(4000);
      await page.evaluate('window.stopStorm()');
      const live = await page.evaluate<number>('window.liveMentions()');
      const snap = await waitForStableHighlights(page, { min: 1, quietMs: 1000 });
      const empty = snap.mentions.filter((m) => m.text.trim() === '');
      assert.deepEqual(empty.map(describeMention), [], 'collapsed (phantom) ranges are still highlighted');
      assert.equal(snap.size, live, `highlights vs mentions on the page (${live}): ${show(snap)}`);
      assert.ok(
        snap.mentions.every((m) => /^CCSVI$/.test(m.text)),
        show(snap),
      );
    },
  },
  {
    name: 'sturdy: an editor switched from read-only to editable loses its highlights, and typing in it never stretches one',
    async run(ctx) {
      const page = await ctx.open('/editable-toggle.html');
      const before = await waitForStableHighlights(page, { min: 2 });
      assert.equal(before.size, 2, show(before));
      await page.evaluate(`document.getElementById('edit').click()`);
      const after = await poll(
        () => countInside(page, '#editor'),
        (n) => n === 0,
        3000,
      );
      assert.equal(after, 0, 'a highlight is left inside the editable region');
      // Typing inside the word that was highlighted.
      await page.evaluate(`document.getElementById('note').firstChild.insertData(23, 'X')`);
      await sleep(500);
      const typed = await readHighlights(page);
      assert.equal(
        await countInside(page, '#editor'),
        0,
        'a highlight came back inside the editor: ' + show(typed),
      );
      assert.equal(typed.size, 1, show(typed));
    },
  },
  {
    name: 'sturdy: Ace (a code editor that draws its own text, no contenteditable) gets no highlight',
    async run(ctx) {
      const page = await ctx.open('/ace.html');
      const lines = await poll(
        () => page.evaluate<number>(`document.querySelectorAll('#editor .ace_line').length`),
        (n) => n >= 2,
        5000,
      );
      assert.ok(lines >= 2, 'Ace rendered its lines');
      const snap = await waitForStableHighlights(page, { min: 1, quietMs: 1000 });
      assert.equal(await countInside(page, '#editor'), 0, 'highlight inside the Ace editor: ' + show(snap));
      assert.equal(snap.size, 1, show(snap));
      await page.evaluate(`window.aceEditor.focus(); window.aceEditor.insert('IVCEC and CCSVI again ')`);
      await sleep(800);
      assert.equal(await countInside(page, '#editor'), 0, 'highlight inside the Ace editor after typing');
    },
  },
  {
    name: 'sturdy: shadow roots attached after the first scan (an element defined 2 s after load, attachShadow on a click) are scanned',
    timeoutMs: 30_000,
    async run(ctx) {
      const page = await ctx.open('/late-shadow.html');
      const first = await waitForStableHighlights(page, { min: 1 });
      assert.ok(first.size >= 1, show(first));
      const defined = await poll(
        () => readHighlights(page),
        (s) => s.mentions.filter((m) => m.inShadow).length >= 2,
        6000,
      );
      assert.equal(
        defined.mentions.filter((m) => m.inShadow).length,
        2,
        'the late component: ' + show(defined),
      );
      await page.evaluate(`document.getElementById('attach').click()`);
      const clicked = await poll(
        () => readHighlights(page),
        (s) => s.size >= 4,
        5000,
      );
      assert.equal(clicked.size, 4, 'the shadow root attached on a click: ' + show(clicked));
      assert.ok(
        clicked.mentions.some((m) => /venous insufficiency/i.test(m.text) && m.inShadow),
        show(clicked),
      );
    },
  },
  {
    name: 'sturdy: text revealed without an attribute change (popover shown, <details> opened, media query after a resize) is highlighted',
    timeoutMs: 30_000,
    async run(ctx) {
      const page = await ctx.open('/reveal.html');
      const first = await waitForStableHighlights(page, { min: 1, quietMs: 800 });
      assert.equal(first.size, 1, show(first));
      await page.evaluate(`document.getElementById('pop').showPopover()`);
      const popover = await poll(
        () => readHighlights(page),
        (s) => s.size >= 2,
        3000,
      );
      assert.equal(popover.size, 2, 'after showPopover(): ' + show(popover));
      await page.evaluate(`document.getElementById('more').open = true`);
      const details = await poll(
        () => readHighlights(page),
        (s) => s.size >= 3,
        3000,
      );
      assert.equal(details.size, 3, 'after opening <details>: ' + show(details));
      await page.setViewport({ width: 640, height: 700 });
      try {
        const narrow = await poll(
          () => readHighlights(page),
          (s) => s.size >= 4,
          4000,
        );
        assert.equal(narrow.size, 4, 'after a resize to 640 px: ' + show(narrow));
        assert.ok(
          narrow.mentions.some((m) => /^CCSVI treatment$/i.test(m.text)),
          show(narrow),
        );
      } finally {
        await page.setViewport({ width: 1280, height: 900 }).catch(() => {});
      }
    },
  },
  {
    name: 'sturdy: mention store property in the real DOM: after random edit batches (thousands of records) the mentions equal a fresh full scan, in document order',
    timeoutMs: 180_000,
    async run(ctx) {
      const page = await ctx.open('/store-property.html');
      // A tab in the background gets its timers throttled (Firefox: to one a second), and the scanner
      // here yields with timers.
      await page.bringToFront();
      for (const seed of STORE_PROPERTY_SEEDS) {
        const result = await page.evaluate<{ ok: boolean; runs: number; records: number; message?: string }>(
          `window.runStoreProperty({ runs: 40, maxChurn: 3000, seed: ${seed} })`,
        );
        assert.ok(result.ok, `seed ${seed}: ${result.message ?? 'property failed'}`);
        assert.ok(result.records >= 2000, `seed ${seed}: the largest batch had ${result.records} records`);
        console.log(`      seed ${seed}: ${result.runs} runs, largest batch ${result.records} records`);
      }
    },
  },
];

/** Runs `expression` in an extension page (where chrome/browser.* work in both browsers), then closes it. */
async function inExtensionPage<T>(ctx: Parameters<E2ETest['run']>[0], expression: string): Promise<T> {
  const helper = await ctx.browser.newExtensionPage('popup.html?view=full');
  try {
    return await helper.evaluate<T>(expression);
  } finally {
    await helper.close().catch(() => {});
  }
}

/** The keyboard command's path: the background steps to the next mention of the tab showing `url`, across its frames. */
function stepTab(ctx: Parameters<E2ETest['run']>[0], url: string, direction: 1 | -1): Promise<unknown> {
  const api = ctx.browser.name === 'chromium' ? 'chrome' : 'browser';
  return inExtensionPage(
    ctx,
    `(async () => {
    const tab = (await ${api}.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
    if (!tab) return 'no tab shows ' + ${JSON.stringify(url)};
    return ${api}.runtime.sendMessage({ type: 'mentions:step-tab', tabId: tab.id, direction: ${direction} });
  })()`,
  );
}

const CHILD_DOC = "document.getElementById('child').contentDocument";
const CHILD_WIN = "document.getElementById('child').contentWindow";

STURDY_TESTS.push(
  {
    name: 'sturdy: card over a modal <dialog>: it takes the pointer (moving onto it keeps it open, its buttons work) and stays above the dialog',
    timeoutMs: 40_000,
    async run(ctx) {
      const page = await ctx.open('/dialog.html');
      await waitForStableHighlights(page, { min: 1 });
      const [mention] = await readMentions(page);
      assert.ok(mention && mention.rects.length > 0, 'the mention inside the dialog is highlighted');
      await page.mouseMove(2, 2);
      const card = await hoverUntilOpen(page, mention);
      assert.ok(card.topmostIsCard, 'the card is the topmost element at its own points');
      // Onto the card, and a while past the grace period.
      await page.mouseMove((card.rect.left + card.rect.right) / 2, card.rect.top + 20, { steps: 4 });
      await sleep(900);
      const still = await readCard(page);
      assert.ok(still.open, 'the card closed when the pointer moved onto it');
      const close = await page.evaluate<{ x: number; y: number } | null>(`(() => {
        const root = document.querySelector('fact-context-card').shadowRoot;
        const button = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') || '') === 'Close');
        if (!button) return null;
        const r = button.getBoundingClientRect();
        return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
      })()`);
      assert.ok(close, 'the card has a Close button');
      await page.mouseClick(close.x, close.y);
      const closed = await poll(
        () => readCard(page),
        (c) => !c.open,
        2000,
      );
      assert.equal(closed.open, false, 'a click on the card’s Close button closes it');
      assert.equal(
        await page.evaluate<boolean>(`document.getElementById('dlg').open`),
        true,
        'the dialog stays open',
      );
    },
  },
  {
    name: 'sturdy: card in an iframe (drawn by the top page): Escape closes it while focus is still in the top page; the next-mention command opens it with focus inside, and Escape there closes it',
    timeoutMs: 40_000,
    async run(ctx) {
      const page = await ctx.open('/card-frame.html');
      await waitForStableHighlights(page, { min: 1, win: CHILD_WIN });
      const offset = await page.evaluate<{ x: number; y: number }>(
        `(() => { const r = document.getElementById('child').getBoundingClientRect(); return { x: r.left + 2, y: r.top + 2 }; })()`,
      );
      const [mention] = await readMentions(page, CHILD_DOC);
      await page.mouseMove(2, 2);
      await page.evaluate(`document.body.focus()`);
      // The top page draws the frame's card.
      const card = await hoverUntilOpen(page, mention!, 'document', offset);
      assert.ok(card.open);
      const focusInTop = await page.evaluate<boolean>(
        `document.hasFocus() && document.activeElement !== document.getElementById('child')`,
      );
      assert.ok(focusInTop, 'focus is in the top page');
      await sleep(300);
      await page.press('Escape');
      const closed = await poll(
        () => readCard(page),
        (c) => !c.open,
        3000,
      );
      assert.equal(closed.open, false, 'Escape in the top page closes the frame’s card');
      const active = await page.evaluate<number>(
        `(() => { const h = ${CHILD_WIN}.CSS.highlights.get('fact-context-active'); return h ? h.size : 0; })()`,
      );
      assert.equal(active, 0, 'the frame’s mention is no longer marked');
      // From the keyboard: the card of the frame's mention takes focus, in the top page.
      await page.evaluate(`document.getElementById('top-button').focus()`);
      assert.equal(await stepTab(ctx, ctx.server.url('/card-frame.html'), 1), true, 'the step was taken');
      const focused = await poll(
        () => readCard(page),
        (c) => c.open && c.focusInCard,
        4000,
      );
      assert.ok(focused.open && focused.focusInCard, 'the card opens with focus inside, in the top page');
      await page.press('Escape');
      const closedAgain = await poll(
        () => readCard(page),
        (c) => !c.open,
        3000,
      );
      assert.equal(closedAgain.open, false, 'Escape inside the card closes it');
      const back = await poll(
        () => page.evaluate<string>(`document.activeElement ? document.activeElement.id : ''`),
        (id) => id === 'top-button',
        2000,
      );
      assert.equal(back, 'top-button', 'focus goes back where it was in the top page');
    },
  },
  {
    name: 'sturdy: next/previous commands go through the mentions of the page and of its frames in page order',
    timeoutMs: 40_000,
    async run(ctx) {
      const page = await ctx.open('/frames-order.html');
      await waitForStableHighlights(page, { min: 2 });
      await waitForStableHighlights(page, { min: 1, win: CHILD_WIN });
      await sleep(500); // the frames' counts reach the background
      const url = ctx.server.url('/frames-order.html');
      // The top page draws every card (a frame's too): the marked mention says whose it is.
      const where = async () => {
        const top = await readCard(page);
        if (!top.open) return 'none';
        if (top.anchor)
          return `top:${await page.evaluate<string>(`(() => { const a = [...CSS.highlights.get('fact-context-active')][0]; return a ? a.startContainer.parentElement.id : ''; })()`)}`;
        const inFrame = await page.evaluate<string>(
          `(() => { const h = ${CHILD_WIN}.CSS.highlights.get('fact-context-active'); const r = h && [...h][0]; return r ? r.toString() : ''; })()`,
        );
        return inFrame ? `frame:${inFrame}` : 'none';
      };
      const seen: string[] = [];
      for (const direction of [1, 1, 1, 1, -1] as const) {
        assert.equal(await stepTab(ctx, url, direction), true, `step ${direction} was taken`);
        const before = seen[seen.length - 1];
        // A card whose flash of the active mention has ended reads 'top:' for a moment while the next opens.
        seen.push(await poll(where, (w) => w !== 'none' && w !== before && !w.endsWith(':'), 4000, 100));
      }
      assert.deepEqual(seen, [
        'top:top-first',
        'frame:CCSVI treatment',
        'top:top-last',
        'top:top-first',
        'top:top-last',
      ]);
    },
  },
);
