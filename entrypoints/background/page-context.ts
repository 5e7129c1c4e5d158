import { browser } from 'wxt/browser';
import type { HandlersOf, ToExtension } from '../../utils/messages';

/** The page-context script as built by WXT (entrypoints/page-context). */
export const PAGE_CONTEXT_FILE = '/page-context.js';

/**
 * Runs the page-context script in a frame the first time its content script reports a mention there:
 * frames without a mention never load it. The script itself runs once per document (a second
 * injection, after the worker restarted, returns at once).
 */
export function startPageContext(): HandlersOf<ToExtension, 'mentions:count'> {
  const injected = new Set<string>();
  const onCount: HandlersOf<ToExtension, 'mentions:count'>['mentions:count'] = (message, sender) => {
    if (message.count <= 0) return undefined;
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (tabId === undefined) return undefined;
    const key = `${tabId}:${frameId}:${sender.url ?? ''}`;
    if (injected.has(key)) return undefined;
    injected.add(key);
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_CONTEXT_FILE] })
      .catch(() => {
        // The frame went away or may not be read (a browser page): try again at its next report.
        injected.delete(key);
      });
    return undefined;
  };
  const forget = (tabId: number) => {
    for (const key of [...injected]) if (key.startsWith(`${tabId}:`)) injected.delete(key);
  };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
  browser.tabs.onRemoved.addListener(forget);
  return { 'mentions:count': onCount };
}
