import { browser } from 'wxt/browser';
import { hasHostAccess, releaseHostAccess, watchHostAccess } from '../../utils/host-access';
import type { HandlersOf, ToExtension } from '../../utils/messages';
import { CONTENT_SCRIPT_FILE, scanTab } from '../../utils/on-demand-scan';
import { loadSettings, watchSettings } from '../../utils/settings-store';

/**
 * Privacy mode and automatic highlighting.
 *
 * The content script is not declared in the manifest (wxt.config.ts removes it): declaring it there
 * would make access to every site a permission the extension can never give back in Chrome. Instead
 * this module registers it with scripting.registerContentScripts while both hold:
 *   - privacy mode is off (the reader's setting), and
 *   - the browser grants host access (<all_urls>).
 * Otherwise the script is unregistered, and in privacy mode host access is given back where the browser
 * allows it (Firefox; Chrome builds with CCSVI_HOST_ACCESS=optional). Pages are then read only on
 * demand: scanTab() on the tab whose toolbar button was clicked (activeTab + scripting).
 */
export const CONTENT_SCRIPT_ID = 'ccsvi-content';

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

function registration(withFallback: boolean): Registration {
  return {
    id: CONTENT_SCRIPT_ID,
    matches: ['<all_urls>'],
    js: [CONTENT_SCRIPT_FILE.slice(1)],
    // No stylesheet: a frame gets the highlight colours when it finds its first mention (highlight-styles.ts).
    allFrames: true,
    // about:blank and srcdoc frames written by the page (the manifest's match_about_blank).
    ...(withFallback ? { matchOriginAsFallback: true } : {}),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** A build that still declares the content script in its manifest needs no registration. */
function declaredInManifest(): boolean {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.some((s) => s.js?.some((file) => `/${file.replace(/^\//, '')}` === CONTENT_SCRIPT_FILE));
}

async function isRegistered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  // A registration persisted by an earlier version (with a stylesheet for every page) is replaced.
  if (scripts.some((s) => (s.css ?? []).length > 0)) {
    await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return false;
  }
  return scripts.length > 0;
}

async function register(): Promise<void> {
  try {
    await browser.scripting.registerContentScripts([registration(true)]);
  } catch (error) {
    // Browsers before matchOriginAsFallback (Chrome < 119) refuse the key; register without it.
    if (!/matchOriginAsFallback|unexpected property/i.test(String(error))) throw error;
    await browser.scripting.registerContentScripts([registration(false)]);
  }
}

/** Tabs that were open before the script was registered get it now, without a reload. */
async function runInOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded || !/^(https?|file):/.test(tab.url ?? '')) continue;
    await scanTab(tab.id, { onDemand: false });
  }
}

export interface ScanningState {
  privacyMode: boolean;
  hostAccess: boolean;
  registered: boolean;
}

/** Brings the registration and host access in line with the settings. Calls run one after another. */
let queue: Promise<unknown> = Promise.resolve();
export function syncAutomaticScanning(): Promise<ScanningState> {
  const next = queue.then(async (): Promise<ScanningState> => {
    const { settings } = await loadSettings();
    if (declaredInManifest())
      return { privacyMode: settings.privacyMode, hostAccess: await hasHostAccess(), registered: true };
    let hostAccess = await hasHostAccess();
    const wanted = !settings.privacyMode && hostAccess;
    let registered = await isRegistered();
    if (!wanted && registered) {
      await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      registered = false;
    }
    if (settings.privacyMode && hostAccess) hostAccess = !(await releaseHostAccess());
    if (wanted && !registered) {
      await register();
      registered = true;
      await runInOpenTabs();
    }
    return { privacyMode: settings.privacyMode, hostAccess, registered };
  });
  queue = next.catch((error: unknown) => console.error('privacy mode: could not apply the settings', error));
  return next;
}

export function startPrivacyMode(): HandlersOf<ToExtension, 'privacy:scan-tab'> {
  const ownPages = browser.runtime.getURL('/');

  let privacyMode: boolean | undefined;
  watchSettings(({ settings }) => {
    if (settings.privacyMode === privacyMode) return;
    privacyMode = settings.privacyMode;
    void syncAutomaticScanning();
  });
  watchHostAccess(() => void syncAutomaticScanning());

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void syncAutomaticScanning().finally(() => {
      // First run: the welcome page says what the extension does, and asks for host access where the
      // browser has not given it (Firefox, or a Chrome build where it is optional).
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });
  });
  void syncAutomaticScanning().then(
    (state) => {
      privacyMode ??= state.privacyMode;
    },
    () => undefined,
  );
  return {
    // Only the extension's own pages (the popup) ask for a scan; never a web page's frame.
    'privacy:scan-tab': (message, sender) =>
      sender.url?.startsWith(ownPages) ? scanTab(message.tabId) : undefined,
  };
}
