import { browser } from 'wxt/browser';
import { ON_DEMAND_FLAG, sendToFrame, sendToTab } from './messages';
import { t } from './i18n';

/**
 * The content script as built by WXT (entrypoints/content), and the highlight colours (wxt.config.ts),
 * which a frame gets only once it has a mention (entrypoints/background/highlight-styles.ts).
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const HIGHLIGHT_CSS_FILE = '/highlights.css';
/** The hover card (entrypoints/card.ts), likewise injected into a frame at its first mention. */
export const CARD_SCRIPT_FILE = '/card.js';

export type ScanResult =
  /** the content script now runs in the tab (in `frames` frames) */
  | { ok: true; frames: number; alreadyRunning: boolean }
  /** the browser does not let extensions read this page (browser pages, the add-on store, PDFs…) */
  | { ok: false; reason: 'restricted' | 'no-access' | 'no-tab'; message: string };

/** Whether the content script already runs in the tab's top frame. */
export async function isContentScriptRunning(tabId: number): Promise<boolean> {
  try {
    return (await sendToFrame(tabId, 0, { type: 'ping' })) === true;
  } catch {
    return false;
  }
}

/**
 * Runs the content script in one tab: every frame the extension may read. With host access that is any
 * tab; in privacy mode only the tab whose toolbar button the reader has just clicked (activeTab), so
 * call this from the popup (opening it is that click) or from the background on `privacy:scan-tab`
 * sent by the popup. Does nothing when the script already runs there; a second copy would restart it.
 */
export async function scanTab(
  tabId: number,
  { onDemand = true }: { onDemand?: boolean } = {},
): Promise<ScanResult> {
  if (await isContentScriptRunning(tabId)) {
    if (!onDemand) return { ok: true, frames: 1, alreadyRunning: true };
    // A script registered before privacy mode was turned on waits for this request.
    await sendToTab(tabId, { type: 'scan:on-demand' }).catch(() => undefined);
    return { ok: true, frames: 1, alreadyRunning: true };
  }
  const target = { tabId, allFrames: true };
  try {
    if (onDemand)
      await browser.scripting.executeScript({
        target,
        func: (flag: string) => {
          (globalThis as Record<string, unknown>)[flag] = true;
        },
        args: [ON_DEMAND_FLAG],
      });
    const results = await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true, frames: results.length, alreadyRunning: false };
  } catch (error) {
    return describeFailure(error);
  }
}

/** The popup's entry point: the tab the reader clicked the toolbar button on. */
export function scanActiveTabOnDemand(tabId: number): Promise<ScanResult> {
  return scanTab(tabId);
}

function describeFailure(error: unknown): ScanResult {
  const text = error instanceof Error ? error.message : String(error);
  if (/no tab with id|invalid tab/i.test(text))
    return { ok: false, reason: 'no-tab', message: t('scanNoTab') };
  if (
    /cannot be scripted|cannot access a chrome|chrome(-extension)?:\/\/|extensions gallery|webstore|privileged/i.test(
      text,
    )
  ) {
    return {
      ok: false,
      reason: 'restricted',
      message: t('scanNotAllowed'),
    };
  }
  return {
    ok: false,
    reason: 'no-access',
    message: t('scanFailed'),
  };
}
