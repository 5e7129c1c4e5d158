/** The settings file the options page saves and loads: its format, and reading one without ever throwing. */
import { cloneSettings, DEFAULT_SETTINGS, SETTINGS_SIZE_LIMIT, type Settings } from './settings';
import { checkSettings, type CheckedSettings, type SettingsNotice } from './settings-check';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

const SETTINGS_FILE_FORMAT = 'ccsvi-context-settings';
/** A settings file is small; anything much larger is not one. */
export const SETTINGS_FILE_LIMIT = SETTINGS_SIZE_LIMIT * 4;

export type ParsedSettingsFile = CheckedSettings & { usable: boolean };

/**
 * Reads a settings file (the export format, or a bare settings object) without ever throwing. Older
 * files are migrated. Fields that are missing or not allowed keep their value in `base`.
 */
export function parseSettingsFile(
  text: string,
  base: Readonly<Settings> = DEFAULT_SETTINGS,
): ParsedSettingsFile {
  const refuse = (problem: 'notSettings' | 'tooLarge' | 'notJson' | 'noSettings'): ParsedSettingsFile => ({
    settings: cloneSettings(base),
    notices: [{ field: '*', text: { kind: 'file', problem } }],
    usable: false,
  });
  if (typeof text !== 'string') return refuse('notSettings');
  if (text.length > SETTINGS_FILE_LIMIT) return refuse('tooLarge');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('notJson');
  }
  const wrapped =
    json !== null && typeof json === 'object' && !Array.isArray(json) && Object.hasOwn(json, 'settings');
  let body: unknown = wrapped ? (json as { settings: unknown }).settings : json;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return refuse('noSettings');
  }
  const notices: SettingsNotice[] = [];
  const version = wrapped ? (json as { version?: unknown }).version : undefined;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 1 &&
    version < SETTINGS_VERSION
  ) {
    for (let v = version + 1; v <= SETTINGS_VERSION; v++) body = SETTINGS_MIGRATIONS[v]?.(body) ?? body;
  } else if (typeof version === 'number' && version > SETTINGS_VERSION) {
    notices.push({ field: '*', text: { kind: 'file', problem: 'newer' } });
  }
  const checked = checkSettings(body, base);
  return { settings: checked.settings, notices: [...notices, ...checked.notices], usable: true };
}

export function settingsFile(settings: Settings): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2);
}
