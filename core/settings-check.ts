/**
 * Stored or imported settings checked field by field (core/settings-fields.ts): a malformed field falls
 * back to its default, every other field is kept, and notices say what was changed.
 */
import {
  cloneSettings,
  DEFAULT_SETTINGS,
  SETTINGS_SIZE_LIMIT,
  settingsSize,
  type Settings,
} from './settings';
import { FIELD_CHECKS, quote, SETTING_KEYS, type FieldCheck, type FieldNote } from './settings-fields';

/**
 * What a notice about the settings says, as data: the options page words it in the reader's language
 * (utils/settings-text.ts). `kept`: the reader's current value stayed (an import);
 * otherwise the default is used.
 */
export type SettingsNoticeText =
  | { kind: 'unreadable' | 'tooLarge'; kept: boolean }
  | { kind: 'nothingUsed' | 'storedUnreadable' | 'privacyFileOff' }
  | { kind: 'unknownSetting'; name: string }
  | { kind: 'moreUnknown'; count: number }
  | { kind: 'notAllowed'; kept: boolean }
  | FieldNote
  | { kind: 'file'; problem: 'notSettings' | 'tooLarge' | 'notJson' | 'noSettings' | 'newer' };

export interface SettingsNotice {
  /** the setting it is about, or '*' for the whole */
  field: string;
  text: SettingsNoticeText;
}

export interface CheckedSettings {
  settings: Settings;
  notices: SettingsNotice[];
}

const MAX_UNKNOWN_NOTICES = 5;

/**
 * Checks stored or imported settings field by field. A malformed field falls back to its value in
 * `base` (the defaults unless given: an import passes the reader's current settings) and yields a
 * notice; every other field is kept. Never throws.
 */
export function checkSettings(raw: unknown, base: Readonly<Settings> = DEFAULT_SETTINGS): CheckedSettings {
  const kept = base !== DEFAULT_SETTINGS;
  const start = () => cloneSettings(base);
  const whole = (text: SettingsNoticeText): CheckedSettings => ({
    settings: start(),
    notices: [{ field: '*', text }],
  });
  try {
    if (raw === undefined || raw === null) return { settings: start(), notices: [] };
    if (typeof raw !== 'object' || Array.isArray(raw)) return whole({ kind: 'unreadable', kept });
    const size = settingsSize(raw);
    if (size > SETTINGS_SIZE_LIMIT)
      return whole({ kind: size === Infinity ? 'unreadable' : 'tooLarge', kept });
    const settings = start();
    const notices: SettingsNotice[] = [];
    const record = raw as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !Object.hasOwn(FIELD_CHECKS, key));
    for (const key of unknown.slice(0, MAX_UNKNOWN_NOTICES)) {
      notices.push({ field: key, text: { kind: 'unknownSetting', name: quote(key) } });
    }
    if (unknown.length > MAX_UNKNOWN_NOTICES) {
      notices.push({
        field: '*',
        text: { kind: 'moreUnknown', count: unknown.length - MAX_UNKNOWN_NOTICES },
      });
    }
    for (const key of SETTING_KEYS) {
      if (!Object.hasOwn(record, key)) continue;
      const result = (FIELD_CHECKS[key] as FieldCheck<typeof key>)(record[key]);
      if (result === undefined) {
        notices.push({ field: key, text: { kind: 'notAllowed', kept } });
        continue;
      }
      (settings as unknown as Record<string, unknown>)[key] = result.value;
      for (const note of result.notes ?? []) notices.push({ field: key, text: note });
    }
    return { settings, notices };
  } catch {
    return whole({ kind: 'nothingUsed' });
  }
}

/** The settings checkSettings gives, without its notices (the content script shows none). */
export function settingsFrom(raw: unknown): Settings {
  return checkSettings(raw).settings;
}
