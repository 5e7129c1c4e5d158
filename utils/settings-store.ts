import { storage } from '#imports';
import {
  cloneSettings,
  DEFAULT_SETTINGS,
  SETTINGS_SIZE_LIMIT,
  settingsSize,
  type Settings,
} from '../core/settings';
import { checkSettings, type CheckedSettings } from '../core/settings-check';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../core/settings-migrations';
import { t } from './i18n';
import { settingsNoticeText } from './settings-text';

/** The reader's settings, synced between their browsers. Stored raw; every read is checked. */
export const settingsItem = storage.defineItem<Record<string, unknown>>('sync:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Thrown by saveSettings for settings that would not load again (over SETTINGS_SIZE_LIMIT). */
export class SettingsTooLargeError extends Error {
  constructor() {
    super(t('settingsTooLarge'));
    this.name = 'SettingsTooLargeError';
  }
}

export async function loadSettings(): Promise<CheckedSettings> {
  try {
    return checkSettings(await settingsItem.getValue());
  } catch {
    return {
      settings: cloneSettings(DEFAULT_SETTINGS),
      notices: [{ field: '*', text: { kind: 'storedUnreadable' } }],
    };
  }
}

/**
 * Saves whole settings. Refuses (SettingsTooLargeError) what checkSettings would reject as too large on
 * the next read, which would silently put every setting back to its default.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const value = { ...settings };
  if (settingsSize(value) > SETTINGS_SIZE_LIMIT) throw new SettingsTooLargeError();
  await settingsItem.setValue(value);
}

// Changes made in one page are applied one after another, so two quick changes (a click while a
// slider's value is being saved) never read the same old settings and lose one of them.
let updates: Promise<unknown> = Promise.resolve();

/** Thrown by updateSettings for a change with a value that is not allowed; nothing is saved. */
export class InvalidSettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSettingError';
  }
}

/**
 * Applies a change on top of the stored settings (checked) and saves the result. A change with a value
 * that is not allowed is refused (InvalidSettingError) rather than stored and reset on the next read.
 */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = updates.then(async () => {
    const { settings } = await loadSettings();
    const updated = { ...settings, ...change };
    if (settingsSize(updated) > SETTINGS_SIZE_LIMIT) throw new SettingsTooLargeError();
    const checked = checkSettings(updated);
    const bad = checked.notices.find((n) => Object.hasOwn(change, n.field));
    if (bad) throw new InvalidSettingError(settingsNoticeText(bad));
    await saveSettings(checked.settings);
    return checked.settings;
  });
  updates = next.catch(() => undefined);
  return next;
}

export function watchSettings(onChange: (checked: CheckedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(checkSettings(value)));
}
