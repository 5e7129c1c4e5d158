import { browser } from 'wxt/browser';
import type { Settings } from '../core/settings';
import { settingsFrom } from '../core/settings-check';

/**
 * Read-only access to the settings for the content script, without the storage library, which would
 * make up a large part of the every-page script (bench/README.md). The background and the options page
 * own writing and migrations (utils/settings-store.ts, key `sync:settings`, stored in the sync area under
 * "settings").
 */
const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return settingsFrom(stored[KEY]);
  } catch {
    return settingsFrom(undefined);
  }
}

export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) onChange(settingsFrom(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
