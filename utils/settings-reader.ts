import { browser } from 'wxt/browser';
import { checkSettings, type CheckedSettings } from '../core/settings';

/**
 * Read-only access to the settings for the content script, without the storage library (it would cost
 * the content script 4 KB gzipped). The background and the options page own writing and migrations
 * (utils/settings-store.ts, key `sync:settings`, stored in the sync area under "settings").
 */
const KEY = 'settings';

export async function readSettings(): Promise<CheckedSettings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return checkSettings(stored[KEY]);
  } catch {
    return checkSettings(undefined);
  }
}

export function watchStoredSettings(onChange: (checked: CheckedSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) onChange(checkSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
