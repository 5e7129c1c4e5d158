// End-to-end checks of issue 17 (real web apps: churn, editors, late shadow roots, revealed text,
// dialogs, frames) and of the mention order of issue 16. Run with `--grep sturdy`.
import assert from 'node:assert/strict';
import type { ExtPage } from '../../scripts/lib/browsers.ts';
import { describeMention, readHighlights, waitForStableHighlights } from '../../scripts/lib/highlights.ts';
import type { HighlightSnapshot } from '../../scripts/lib/highlights.ts';
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
      assert.ok(snap.mentions.every((m) => /^CCSVI$/.test(m.text)), show(snap));
    },
  },
  {
    name: 'sturdy: an editor switched from read-only to editable loses its highlights, and typing in it never stretches one',
    async run(ctx) {
      const page = await ctx.open('/editable-toggle.html');
      const before = await waitForStableHighlights(page, { min: 2 });
      assert.equal(before.size, 2, show(before));
      await page.evaluate(`document.getElementById('edit').click()`);
      const after = await poll(() => countInside(page, '#editor'), (n) => n === 0, 3000);
      assert.equal(after, 0, 'a highlight is left inside the editable region');
      // Typing inside the word that was highlighted.
      await page.evaluate(`document.getElementById('note').firstChild.insertData(23, 'X')`);
      await sleep(500);
      const typed = await readHighlights(page);
      assert.equal(await countInside(page, '#editor'), 0, 'a highlight came back inside the editor: ' + show(typed));
      assert.equal(typed.size, 1, show(typed));
    },
  },
  {
    name: 'sturdy: Ace (a code editor that draws its own text, no contenteditable) gets no highlight',
    async run(ctx) {
      const page = await ctx.open('/ace.html');
      const lines = await poll(() => page.evaluate<number>(`document.querySelectorAll('#editor .ace_line').length`), (n) => n >= 2, 5000);
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
      const defined = await poll(() => readHighlights(page), (s) => s.mentions.filter((m) => m.inShadow).length >= 2, 6000);
      assert.equal(defined.mentions.filter((m) => m.inShadow).length, 2, 'the late component: ' + show(defined));
      await page.evaluate(`document.getElementById('attach').click()`);
      const clicked = await poll(() => readHighlights(page), (s) => s.size >= 4, 5000);
      assert.equal(clicked.size, 4, 'the shadow root attached on a click: ' + show(clicked));
      assert.ok(clicked.mentions.some((m) => /venous insufficiency/i.test(m.text) && m.inShadow), show(clicked));
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
      const popover = await poll(() => readHighlights(page), (s) => s.size >= 2, 3000);
      assert.equal(popover.size, 2, 'after showPopover(): ' + show(popover));
      await page.evaluate(`document.getElementById('more').open = true`);
      const details = await poll(() => readHighlights(page), (s) => s.size >= 3, 3000);
      assert.equal(details.size, 3, 'after opening <details>: ' + show(details));
      await page.setViewport({ width: 640, height: 700 });
      try {
        const narrow = await poll(() => readHighlights(page), (s) => s.size >= 4, 4000);
        assert.equal(narrow.size, 4, 'after a resize to 640 px: ' + show(narrow));
        assert.ok(narrow.mentions.some((m) => /^CCSVI treatment$/i.test(m.text)), show(narrow));
      } finally {
        await page.setViewport({ width: 1280, height: 900 }).catch(() => {});
      }
    },
  },
  {
    name: 'sturdy: mention store property in the real DOM: after random edit batches (thousands of records) the mentions equal a fresh full scan, in document order',
    timeoutMs: 120_000,
    async run(ctx) {
      const page = await ctx.open('/store-property.html');
      const result = await page.evaluate<{ ok: boolean; runs: number; records: number; message?: string }>(`window.runStoreProperty({ runs: 40, maxChurn: 3000 })`);
      assert.ok(result.ok, result.message ?? 'property failed');
      assert.ok(result.records >= 2000, `the largest batch had ${result.records} records`);
      console.log(`      ${result.runs} runs, largest batch ${result.records} records`);
    },
  },
];
