import { loadSettings, updateSettings } from '../../utils/settings-store';
import type { HandlersOf, ToExtension } from '../../utils/messages';

/** Settings changes asked for by the card ("Don't highlight on this site"); content scripts only read settings. */
export function startSiteSettings(): HandlersOf<ToExtension, 'settings:site-off'> {
  return {
    'settings:site-off': (message) =>
      loadSettings()
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
        })),
  };
}
