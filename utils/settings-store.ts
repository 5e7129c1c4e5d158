import { storage } from '#imports';
import { checkSettings, DEFAULT_SETTINGS, type CheckedSettings, type Settings } from '../core/settings';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../core/settings-migrations';

/** The reader's settings, synced between their browsers. Stored raw; every read is checked. */
export const settingsItem = storage.defineItem<Record<string, unknown>>('sync:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<CheckedSettings> {
  try {
    return checkSettings(await settingsItem.getValue());
  } catch {
    return { settings: { ...DEFAULT_SETTINGS, languages: [...DEFAULT_SETTINGS.languages], neverSites: [], onlySites: [] }, notices: [{ field: '*', message: 'The saved settings could not be read, so the defaults are used.' }] };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue({ ...settings });
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...change };
  await saveSettings(next);
  return next;
}

export function watchSettings(onChange: (checked: CheckedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(checkSettings(value)));
}
