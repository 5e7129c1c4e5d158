import { browser } from 'wxt/browser';
import { loadSettings, updateSettings } from '../../utils/settings-store';
import type { BackgroundMessage } from '../../utils/messages';

/** Settings changes asked for by the card ("Don't highlight on this site"); content scripts only read settings. */
export function startSiteSettings(): void {
  browser.runtime.onMessage.addListener((message: BackgroundMessage) => {
    if (message.type !== 'settings:site-off') return undefined;
    return loadSettings()
      .then(async ({ settings }) => {
        const has = settings.neverSites.includes(message.site);
        if (has === message.off) return { ok: true };
        const neverSites = message.off
          ? [...settings.neverSites, message.site]
          : settings.neverSites.filter((p) => p !== message.site);
        await updateSettings({ neverSites });
        return { ok: true };
      })
      .catch((error: unknown) => ({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }));
  });
}
