// End-to-end checks of the reader's language (issue 18), run by tests/e2e/run.ts
// (`npx tsx tests/e2e/run.ts --grep language`). The card on an Italian, a French and a Polish page
// speaks that page's language with a matching `lang` (where the topic is written in it; English
// otherwise); in a browser started in another language, the popup, the options page and the welcome
// page are in it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { waitForStableHighlights } from '../../scripts/lib/highlights.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { hoverUntilOpen, readMentions } from './card.tests.ts';
import { tabIdOf } from './popup.tests.ts';
import type { E2ETest, TestContext } from './tests.ts';
import { READ_WELCOME_STATE, type WelcomeState } from './welcome.tests.ts';
import { poll, sleep } from './wait.ts';

/** The language the topic (and so the card) is shown in for `lang`: its own when written, else English. */
const topicLanguage = (lang: string) =>
  existsSync(path.join(ROOT, 'data', 'ccsvi', 'text', `${lang}.ts`)) ? lang : 'en';

/** The card's title label in a language, from that language's text module. */
async function cardEyebrow(lang: string): Promise<string> {
  if (lang === 'en') return (await import('../../data/ccsvi/text/en-card.ts')).enCard.eyebrow;
  const module = (await import(path.join(ROOT, 'data', 'ccsvi', 'text', `${lang}.ts`))) as Record<
    string,
    { card: { eyebrow: string } }
  >;
  return module[lang]!.card.eyebrow;
}

interface CardLanguage {
  lang: string;
  eyebrow: string;
  verdict: string;
  height: number;
  overflow: number;
  viewportHeight: number;
}

async function cardOn(ctx: TestContext, fixture: string, pageLang: string): Promise<void> {
  const page = await ctx.open(fixture);
  await waitForStableHighlights(page, { min: 1, quietMs: 500, timeoutMs: 10_000 });
  await page.mouseMove(2, 2);
  const [mention] = await readMentions(page);
  assert.ok(mention, `a mention is highlighted on ${fixture}`);
  await hoverUntilOpen(page, mention);
  const expected = topicLanguage(pageLang);
  const eyebrow = (await cardEyebrow(expected)).trim();
  const card = await poll(
    () =>
      page.evaluate<CardLanguage>(`(() => {
        const root = document.querySelector('fact-context-card').shadowRoot;
        const dialog = root.querySelector('[role="dialog"]');
        return {
          lang: dialog.getAttribute('lang'),
          eyebrow: root.querySelector('.eyebrow').textContent.trim(),
          verdict: root.querySelector('.verdict').textContent,
          height: dialog.getBoundingClientRect().height,
          overflow: dialog.scrollHeight - dialog.clientHeight,
          viewportHeight: innerHeight,
        };
      })()`),
    (c) => c.lang === expected && c.eyebrow === eyebrow,
    5_000,
  );
  assert.equal(card.lang, expected, `the card's lang on ${fixture}`);
  assert.equal(card.eyebrow, eyebrow, `the card's title label on ${fixture}`);
  assert.ok(card.verdict.length > 40, 'the card has its verdict');
  await sleep(250);
  // One screen in every language: longer words must not push the card into scrolling.
  const settled = await page.evaluate<{ height: number; overflow: number }>(`(() => {
    const dialog = document.querySelector('fact-context-card').shadowRoot.querySelector('[role="dialog"]');
    return { height: dialog.getBoundingClientRect().height, overflow: dialog.scrollHeight - dialog.clientHeight };
  })()`);
  console.log(
    `      card (${expected}): ${Math.round(settled.height)} px tall, ${settled.overflow} px of overflow`,
  );
  assert.ok(card.viewportHeight >= 800, `a 1280×900 window (${card.viewportHeight} px tall)`);
  assert.ok(settled.height <= 520, `the ${expected} card is at most 520 px tall (${settled.height})`);
  assert.ok(settled.overflow <= 1, `no scrolling inside the ${expected} card (${settled.overflow} px over)`);
  await page.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-card-${pageLang}.png`));
}

export const LANGUAGE_TESTS: E2ETest[] = [
  {
    name: 'language: the card on an Italian page speaks Italian (lang="it")',
    run: (ctx) => cardOn(ctx, '/lang-it.html', 'it'),
  },
  {
    name: 'language: the card on a French page (lang="fr-FR") speaks French (lang="fr")',
    run: (ctx) => cardOn(ctx, '/lang-fr.html', 'fr'),
  },
  {
    name: 'language: the card on a Polish paragraph of a page marked English speaks Polish (lang="pl")',
    run: (ctx) => cardOn(ctx, '/lang-pl.html', 'pl'),
  },
  ...(['es', 'de', 'pt', 'nl'] as const).map((lang) => ({
    name: `language: the card on a page in ${lang} speaks that language (lang="${lang}") and fits one screen`,
    run: (ctx: TestContext) => cardOn(ctx, `/lang-${lang}.html`, lang),
  })),
];

/** `chrome` in Chromium, `browser` in Firefox. */
const api = (ctx: TestContext) => (ctx.browser.name === 'chromium' ? 'chrome' : 'browser');

/** A browser language the interface is tested in: how the browser is started, and which messages it gets. */
export interface BrowserLocale {
  /** the browser's own name for the language (`--lang`, `intl.locale.requested`) */
  browser: string;
  /** the public/_locales folder it is expected to use, and the code that folder declares */
  folder: string;
  code: string;
}

export const BROWSER_LOCALES: Record<'chromium' | 'firefox', BrowserLocale[]> = {
  chromium: [
    { browser: 'fr', folder: 'fr', code: 'fr' },
    { browser: 'it', folder: 'it', code: 'it' },
    { browser: 'es', folder: 'es', code: 'es' },
    { browser: 'de', folder: 'de', code: 'de' },
    { browser: 'pl', folder: 'pl', code: 'pl' },
    { browser: 'pt-PT', folder: 'pt_BR', code: 'pt' },
    { browser: 'nl', folder: 'nl', code: 'nl' },
  ],
  // Debian ships Firefox's other languages as separate packages: French stands for them all here.
  firefox: [{ browser: 'fr', folder: 'fr', code: 'fr' }],
};

function folderMessage(folder: string, key: string): string {
  const file = path.join(ROOT, 'public', '_locales', folder, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return messages[key]!.message;
}

/** Run in a browser started in another language (run.ts starts one per language for them). */
export function localeBrowserTests(locale: BrowserLocale): E2ETest[] {
  const { folder, code } = locale;
  return [
    {
      name: `language: in a browser started in ${code}, the options page is in that language`,
      async run(ctx) {
        const options = await ctx.browser.newExtensionPage('options.html');
        try {
          const ui = await options.evaluate<string>(`${api(ctx)}.i18n.getUILanguage()`);
          assert.ok(
            ui.toLowerCase().startsWith(code),
            `the browser reports ${code} to the extension (${ui})`,
          );
          const page = await poll(
            () =>
              options.evaluate<{ lang: string; title: string; h1: string }>(
                `({ lang: document.documentElement.lang, title: document.title, h1: (document.querySelector('h1') || {}).textContent || '' })`,
              ),
            (p) => p.h1 !== '',
            5_000,
          );
          assert.equal(page.lang, code, 'the options page says its language');
          assert.equal(page.h1, folderMessage(folder, 'optionsTitle'));
          assert.equal(page.title, folderMessage(folder, 'optionsTitle'));
          await options.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-options-${code}.png`));
        } finally {
          await options.close();
        }
      },
    },
    {
      name: `language: in a browser started in ${code}, the popup is in that language, its snippets in their own`,
      async run(ctx) {
        const page = await ctx.open('/lang-it.html');
        await waitForStableHighlights(page, { min: 1, quietMs: 500, timeoutMs: 10_000 });
        const helper = await ctx.browser.newExtensionPage('options.html');
        const tabId = await tabIdOf(ctx, helper, ctx.server.url('/lang-it.html'));
        await helper.close();
        const popup = await ctx.browser.newExtensionPage(`popup.html?tab=${tabId}`);
        try {
          const seen = await poll(
            () =>
              popup.evaluate<{
                lang: string;
                rootLang: string;
                tab: string;
                snippet: string | null;
              }>(`(() => ({
                lang: document.documentElement.lang,
                rootLang: (document.querySelector('.popup') || {}).lang || '',
                tab: (document.querySelector('[role="tab"]') || {}).textContent || '',
                snippet: (document.querySelector('.snippet') || { getAttribute: () => null }).getAttribute('lang'),
              }))()`),
            (s) => s.tab !== '' && s.snippet !== null,
            8_000,
          );
          assert.equal(seen.lang, code, "the popup document's lang");
          assert.equal(seen.rootLang, code, "the popup's lang");
          assert.equal(
            seen.tab,
            folderMessage(folder, 'tabThisPage'),
            'the first tab is named in that language',
          );
          assert.equal(seen.snippet, 'it', 'the Italian snippet keeps lang="it"');
          await popup.setViewport({ width: 420, height: 600 });
          await popup.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-popup-${code}.png`));
        } finally {
          await popup.close();
        }
      },
    },
    {
      name: `language: in a browser started in ${code}, the welcome page is in that language and its sample is highlighted`,
      async run(ctx) {
        const welcome = await ctx.browser.newExtensionPage('welcome.html');
        try {
          const seen = await poll(
            () => welcome.evaluate<WelcomeState>(READ_WELCOME_STATE),
            (s) => s.headings.length > 0 && s.highlighted.length >= 2 && s.verdict !== '',
            8_000,
          );
          assert.equal(
            await welcome.evaluate<string>('document.documentElement.lang'),
            code,
            "the welcome page's lang",
          );
          assert.equal(
            seen.headings[0],
            folderMessage(folder, 'welcomeTitle').trim(),
            'the title is in that language',
          );
          assert.ok(
            seen.highlighted.length >= 2,
            `the sample's two names are highlighted (${seen.highlighted.join(', ')})`,
          );
          await welcome.setViewport({ width: 1000, height: 900 });
          await sleep(400); // the sample card's fade-in
          await welcome.screenshot(path.join(ctx.artifactsDir, `${ctx.browser.name}-welcome-${code}.png`));
        } finally {
          await welcome.close();
        }
      },
    },
  ];
}
