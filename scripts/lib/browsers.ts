// Launch Chromium (Playwright) or Firefox (Puppeteer over WebDriver BiDi) with
// the built extension loaded, behind one small interface shared by the demo
// and the end-to-end tests.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page as PwPage } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { Browser as PptrBrowser, Page as PptrPage } from 'puppeteer-core';
import { firefoxProxyPrefs, startRecordingProxy } from './proxy.ts';

import { ensureBrowser, ensureLanguagePack } from './ensure-browser.ts';
import type { BrowserName } from './ensure-browser.ts';

export type { BrowserName };

export interface ExtPage {
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression (a string, so no bundler helpers leak in) in the page's own world; promises are awaited. */
  evaluate<T>(expression: string): Promise<T>;
  screenshot(file: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
  /** Moves the mouse to (x, y) in viewport CSS pixels, in `steps` intermediate moves (default 1). */
  mouseMove(x: number, y: number, options?: { steps?: number }): Promise<void>;
  /** Clicks at (x, y) in viewport CSS pixels. */
  mouseClick(x: number, y: number): Promise<void>;
  /** Presses a key (e.g. 'Escape', 'Tab', 'Shift+Tab') in the focused element. */
  press(key: string): Promise<void>;
  /** Resizes the viewport (e.g. to a popup's width before a screenshot). */
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Emulates prefers-color-scheme for this page. */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Makes this the active tab. */
  bringToFront(): Promise<void>;
}

export interface ExtBrowser {
  name: BrowserName;
  version: string;
  /** Chromium: the chrome-extension:// host; Firefox: the add-on id returned by installExtension. */
  extensionId: string;
  /**
   * Every URL asked for since launch. Chromium: pages, frames and service
   * workers (the extension's included). Firefox: pages and frames, plus every
   * non-loopback URL that reached the recording proxy (background pages, the
   * browser itself).
   */
  requests: string[];
  newPage(): Promise<ExtPage>;
  close(): Promise<void>;
  /** The address of one of the extension's own pages, e.g. extensionUrl('popup.html?tab=3'). */
  extensionUrl(pathAndQuery: string): string;
  /** Opens one of the extension's own pages in a new tab and waits until it has loaded. */
  newExtensionPage(pathAndQuery: string): Promise<ExtPage>;
  /**
   * Evaluates an expression in the extension's background service worker (Chromium only; in Firefox,
   * evaluate in an extension page opened with extensionUrl instead).
   */
  evaluateInBackground?<T>(expression: string): Promise<T>;
}

const VIEWPORT = { width: 1280, height: 900 };

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** How a browser is started: `locale`, its interface language (as a reader's browser set to French). */
export interface LaunchOptions {
  locale?: string;
}

export async function launchChromium(
  extensionDir: string,
  executablePath = ensureBrowser('chromium', 'the extension in Chromium'),
  options: LaunchOptions = {},
): Promise<ExtBrowser> {
  if (options.locale) ensureLanguagePack('chromium', options.locale);
  const dir = path.resolve(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json')))
    throw new Error(`No manifest.json in ${dir}: run \`npm run build\` first.`);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ccsvi-chromium-'));
  const requests: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: VIEWPORT,
      timeout: 60_000,
      // On Linux, Chromium takes its interface language from LANGUAGE as well as from --lang.
      ...(options.locale
        ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } }
        : {}),
      args: [
        ...(options.locale ? [`--lang=${options.locale}`] : []),
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
      ],
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }
  // Requests from pages, frames and (Chromium only) service workers, the extension's included.
  context.on('request', (request) => requests.push(request.url()));

  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find((w) => isOurs(w.url()));
  if (!worker) {
    worker = await context
      .waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 20_000 })
      .catch(async (err: unknown) => {
        await context.close().catch(() => {});
        await rm(userDataDir, { recursive: true, force: true });
        throw new Error(
          `Chromium started but the extension's service worker never appeared (is ${dir} a valid MV3 build?): ${String(err)}`,
        );
      });
  }
  const extensionId = new URL(worker.url()).host;
  const version = context.browser()?.version() ?? 'unknown';

  const wrap = (page: PwPage): ExtPage => ({
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    screenshot: async (file, options) => {
      await page.screenshot({ path: file, fullPage: options?.fullPage ?? false });
    },
    close: () => page.close(),
    mouseMove: (x, y, options) => page.mouse.move(x, y, { steps: options?.steps ?? 1 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    setViewport: (size) => page.setViewportSize(size),
    emulateColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    bringToFront: () => page.bringToFront(),
  });

  return {
    name: 'chromium',
    version,
    extensionId,
    requests,
    newPage: async () => wrap(await context.newPage()),
    close: async () => {
      await withTimeout(context.close(), 15_000, 'closing Chromium').catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
    extensionUrl: (pathAndQuery) => `chrome-extension://${extensionId}/${pathAndQuery.replace(/^\//, '')}`,
    newExtensionPage: async (pathAndQuery) => {
      const page = wrap(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery.replace(/^\//, '')}`);
      return page;
    },
    evaluateInBackground: async <T>(expression: string) => {
      // The worker may have been stopped and restarted since launch: use the current one.
      const current = context.serviceWorkers().find((w) => isOurs(w.url())) ?? worker;
      return (await current.evaluate(expression)) as T;
    },
  };
}

/**
 * Firefox preferences for the test profile.
 *
 * Firefox treats an MV3 extension's host permissions (and the hosts its
 * content scripts match) as optional: the user grants them. A temporary
 * add-on installed over WebDriver BiDi is granted them here, as if the user
 * had clicked "Allow" on the install prompt, by `grantByDefault`.
 */
export const FIREFOX_PREFS: Record<string, unknown> = {
  'extensions.originControls.grantByDefault': true,
  // Firefox's own Remote Settings sync would otherwise call out during the
  // run and be indistinguishable from the extension at the recording proxy.
  // (Release builds honour this only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in
  // the environment, which launchFirefox sets.)
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
};

export async function launchFirefox(
  extensionDir: string,
  executablePath = ensureBrowser('firefox', 'the extension in Firefox'),
  options: LaunchOptions = {},
): Promise<ExtBrowser> {
  if (options.locale) ensureLanguagePack('firefox', options.locale);
  const localePrefs = options.locale
    ? { 'intl.locale.requested': options.locale, 'extensions.langpacks.signatures.required': false }
    : {};
  const dir = path.resolve(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json')))
    throw new Error(`No manifest.json in ${dir}: run \`npm run build\` first.`);
  const requests: string[] = [];
  // Fix the add-on's moz-extension:// host in advance, so tests can open its pages.
  const geckoId = geckoIdOf(dir);
  const internalUuid = randomUUID();
  const uuidPrefs = geckoId
    ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: internalUuid }) }
    : {};
  const proxy = await startRecordingProxy();
  let browser: PptrBrowser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: VIEWPORT,
      timeout: 60_000,
      extraPrefsFirefox: { ...FIREFOX_PREFS, ...firefoxProxyPrefs(proxy.port), ...uuidPrefs, ...localePrefs },
      // MOZ_REMOTE_ALLOW_SYSTEM_ACCESS lets WebDriver BiDi navigate a tab to the extension's own
      // moz-extension:// pages (extensionUrl), which it refuses otherwise.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    });
  } catch (err) {
    await proxy.close();
    throw err;
  }
  const shutdown = async () => {
    await forceCloseFirefox(browser);
    for (const url of proxy.seen) requests.push(url);
    proxy.seen.length = 0;
    await proxy.close();
  };
  let extensionId: string;
  try {
    extensionId = await withTimeout(browser.installExtension(dir), 30_000, 'installExtension');
  } catch (err) {
    await shutdown();
    throw new Error(`Firefox could not install ${dir} as a temporary add-on: ${String(err)}`);
  }
  const version = await browser.version();

  const watch = (page: PptrPage) => {
    page.on('request', (request) => {
      requests.push(request.url());
    });
  };
  const watched = new WeakSet<PptrPage>();
  const watchOnce = (page: PptrPage | null) => {
    if (page && !watched.has(page)) {
      watched.add(page);
      watch(page);
    }
  };
  for (const page of await browser.pages()) watchOnce(page);
  browser.on('targetcreated', (target) => {
    void target.page().then(watchOnce, () => {});
  });

  const wrap = (page: PptrPage): ExtPage => ({
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    screenshot: async (file, options) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: options?.fullPage ?? false });
    },
    close: () => page.close(),
    mouseMove: (x, y, options) => page.mouse.move(x, y, { steps: options?.steps ?? 1 }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: async (key) => {
      // Puppeteer names chords one key at a time.
      const keys = key.split('+') as Parameters<PptrPage['keyboard']['press']>[0][];
      for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
      await page.keyboard.press(keys[keys.length - 1]!);
      for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
    },
    setViewport: (size) => page.setViewport(size),
    emulateColorScheme: (scheme) =>
      page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    bringToFront: () => page.bringToFront(),
  });

  return {
    name: 'firefox',
    version,
    extensionId,
    get requests() {
      // Fold in what reached the proxy so far.
      for (const url of proxy.seen) requests.push(url);
      proxy.seen.length = 0;
      return requests;
    },
    newPage: async () => {
      const page = await browser.newPage();
      watchOnce(page);
      return wrap(page);
    },
    close: shutdown,
    extensionUrl,
    newExtensionPage: async (pathAndQuery) => {
      const url = extensionUrl(pathAndQuery);
      const page = await browser.newPage();
      watchOnce(page);
      // The tab moves to the extension process and BiDi never reports its load: start the navigation
      // and wait for the document itself instead.
      page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => {});
      const deadline = Date.now() + 20_000;
      for (;;) {
        const ready = await page
          .evaluate(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`)
          .catch(() => false);
        if (ready) return wrap(page);
        if (Date.now() > deadline) throw new Error(`${url} did not load within 20 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };

  function extensionUrl(pathAndQuery: string): string {
    if (!geckoId || geckoId !== extensionId)
      throw new Error(
        `The add-on's internal UUID is unknown (manifest gecko id ${geckoId ?? 'missing'}, installed as ${extensionId}).`,
      );
    return `moz-extension://${internalUuid}/${pathAndQuery.replace(/^\//, '')}`;
  }
}

/** The add-on id from manifest.json (browser_specific_settings.gecko.id), if any. */
function geckoIdOf(dir: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: unknown } };
    };
    const id = manifest.browser_specific_settings?.gecko?.id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

async function forceCloseFirefox(browser: PptrBrowser): Promise<void> {
  try {
    await withTimeout(browser.close(), 15_000, 'closing Firefox');
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}

export function launchBrowser(
  name: BrowserName,
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<ExtBrowser> {
  return name === 'chromium'
    ? launchChromium(extensionDir, undefined, options)
    : launchFirefox(extensionDir, undefined, options);
}
