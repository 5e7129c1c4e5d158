// The first-run page: opened on install, with a live highlight and its card, the privacy promise,
// how to turn it off on a site, and the shortcuts.
import assert from 'node:assert/strict';
import path from 'node:path';
import type { E2ETest, TestContext } from './tests.ts';
import { poll, sleep } from './wait.ts';

const api = (ctx: TestContext) => (ctx.browser.name === 'chromium' ? 'chrome' : 'browser');

export interface WelcomeState {
  highlighted: string[];
  verdict: string;
  headings: string[];
  shortcuts: number;
}

/** The welcome page's state as a reader sees it: what is highlighted, the sample card's verdict, headings. */
export const READ_WELCOME_STATE = `(() => {
  const highlighted = [];
  for (const [name, h] of CSS.highlights) if (name.startsWith('fact-context-mention')) for (const r of h) highlighted.push(r.toString());
  const card = document.querySelector('.sample-card')?.shadowRoot;
  return {
    highlighted,
    verdict: card?.querySelector('.verdict')?.textContent ?? '',
    headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent.trim()),
    shortcuts: document.querySelectorAll('table.shortcuts tbody tr').length,
  };
})()`;

export const WELCOME_TESTS: E2ETest[] = [
  {
    name: 'welcome: opened on install, with a live highlight and its card, the privacy promise and the shortcuts (+ screenshots)',
    async run(ctx) {
      const welcome = await ctx.browser.newExtensionPage('welcome.html');
      try {
        // The tab the install opened is still there (getViews sees this one too, so at least two).
        const open = await poll(
          () =>
            welcome.evaluate<number>(
              `${api(ctx)}.extension.getViews({ type: 'tab' }).filter((w) => w.location.pathname === '/welcome.html').length`,
            ),
          (n) => n >= 2,
        );
        assert.ok(open >= 2, `the install opened no welcome tab (views: ${open})`);
        const state = await poll(
          () => welcome.evaluate<WelcomeState>(READ_WELCOME_STATE),
          (s) => s.highlighted.length >= 2 && s.verdict !== '' && s.shortcuts > 0,
        );
        assert.deepEqual(
          state.highlighted,
          ['CCSVI', 'Liberation Procedure'],
          'the sample is highlighted by the real matcher',
        );
        assert.match(state.verdict, /\S{10,}/, 'the sample card shows the verdict');
        for (const heading of [
          'Try it here',
          'What it does, and what it does not do',
          'Turn it off on a site',
          'Keyboard shortcuts',
        ]) {
          assert.ok(
            state.headings.includes(heading),
            `heading "${heading}" in ${JSON.stringify(state.headings)}`,
          );
        }
        assert.ok(state.shortcuts >= 2, 'the next and previous shortcuts are listed');
        // Host access is given in the test profiles, so the page does not ask for it.
        assert.equal(await welcome.evaluate<boolean>(`!!document.getElementById('access-title')`), false);
        await welcome.setViewport({ width: 1280, height: 900 });
        const shot = (scheme: string) =>
          path.join(ctx.artifactsDir, `${ctx.browser.name}-welcome-${scheme}.png`);
        await welcome.screenshot(shot('light'), { fullPage: true });
        if (ctx.browser.name === 'chromium') {
          await welcome.emulateColorScheme('dark');
          await sleep(300);
          await welcome.screenshot(shot('dark'), { fullPage: true });
          await welcome.emulateColorScheme('light');
        }
      } finally {
        await welcome.close();
      }
    },
  },
];
