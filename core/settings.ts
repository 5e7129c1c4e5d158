import type { HighlightStyle } from './highlights';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';
import { checkSitePattern, siteMatches } from './site-patterns';

/** Everything the reader can change, with its default. Pure: storage lives in utils/settings-store.ts. */
export interface Settings {
  /** highlighting on or off everywhere */
  enabled: boolean;
  /** never highlight on these sites */
  neverSites: string[];
  /** when not empty, highlight only on these sites */
  onlySites: string[];
  highlightStyle: HighlightStyle;
  /** which mentions get a highlight (all are counted) */
  highlightScope: 'all' | 'first-per-paragraph' | 'first-on-page';
  /** the most mentions highlighted on one page */
  maxHighlights: number;
  /** how long the pointer rests on a mention before the card opens */
  hoverDelayMs: number;
  openCardOn: 'hover' | 'click';
  /** languages whose terms are detected */
  languages: string[];
  theme: 'system' | 'light' | 'dark';
  /** the hover card's language: the page's, the browser's, or a fixed one (core/language.ts) */
  cardLanguage: CardLanguageSetting;
  /** scan a page only when the reader clicks the toolbar button; no host permission is held */
  privacyMode: boolean;
}

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'it', name: 'Italian' },
  { code: 'fr', name: 'French' },
  { code: 'es', name: 'Spanish' },
  { code: 'de', name: 'German' },
  { code: 'pl', name: 'Polish' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'nl', name: 'Dutch' },
  { code: 'ja', name: 'Japanese' },
] as const;

/** The languages the extension's words are written for (the card falls back to English elsewhere). */
export const CARD_LANGUAGES = ['en', 'it', 'fr', 'es', 'de', 'pl', 'pt', 'nl'] as const;
export type CardLanguageSetting = 'page' | 'browser' | (typeof CARD_LANGUAGES)[number];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  neverSites: [],
  onlySites: [],
  highlightStyle: 'underline',
  highlightScope: 'all',
  maxHighlights: 500,
  hoverDelayMs: 300,
  openCardOn: 'hover',
  languages: LANGUAGES.map((l) => l.code),
  theme: 'system',
  cardLanguage: 'page',
  privacyMode: false,
});

export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;
export const MAX_HIGHLIGHTS_RANGE = { min: 1, max: 5000 } as const;
/** chrome.storage.sync allows 8,192 bytes per item; stay well inside it. */
export const SETTINGS_SIZE_LIMIT = 7_000;
export const MAX_SITES = 200;

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

/** Part of a field was kept: what was changed or left out. */
export type FieldNote =
  | { kind: 'outOfRange'; value: string; min: number; max: number; fixed: number }
  /** `entries`: the first few left out, in quotes (null for one that is not text) */
  | { kind: 'sitesRejected'; count: number; entries: Array<string | null>; more: boolean }
  | { kind: 'sitesCapped'; count: number }
  | { kind: 'languagesUnknown'; count: number };

export interface SettingsNotice {
  /** the setting it is about, or '*' for the whole */
  field: string;
  text: SettingsNoticeText;
}

export interface CheckedSettings {
  settings: Settings;
  notices: SettingsNotice[];
}

/** A field's checked value, or `undefined` when nothing of it can be used; `note` when only part of it was kept. */
type FieldResult<T> = { value: T; notes?: FieldNote[] } | undefined;
type FieldCheck<K extends keyof Settings> = (value: unknown) => FieldResult<Settings[K]>;

const oneOf =
  <T extends string>(...allowed: T[]) =>
  (value: unknown): FieldResult<T> =>
    typeof value === 'string' && (allowed as string[]).includes(value) ? { value: value as T } : undefined;

const bool = (value: unknown): FieldResult<boolean> => (typeof value === 'boolean' ? { value } : undefined);

/** Whole numbers in the range; other finite numbers are rounded and brought into the range, with a note. */
const integerIn =
  (range: { min: number; max: number }) =>
  (value: unknown): FieldResult<number> => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    const fixed = Math.min(range.max, Math.max(range.min, Math.round(value)));
    return fixed === value
      ? { value }
      : {
          value: fixed,
          notes: [
            { kind: 'outOfRange', value: String(value).slice(0, 20), min: range.min, max: range.max, fixed },
          ],
        };
  };

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Keeps every valid site of the list; leaves out the rest with a note, so one bad entry never loses the others. */
function siteList(value: unknown): FieldResult<string[]> {
  if (!Array.isArray(value)) return undefined;
  const sites: string[] = [];
  const rejected: Array<string | null> = [];
  for (const item of value) {
    const check = typeof item === 'string' ? checkSitePattern(item) : null;
    if (!check?.ok) rejected.push(typeof item === 'string' ? quote(item) : null);
    else if (!sites.includes(check.pattern)) sites.push(check.pattern);
  }
  const notes: FieldNote[] = [];
  if (rejected.length > 0) {
    notes.push({
      kind: 'sitesRejected',
      count: rejected.length,
      entries: rejected.slice(0, 3),
      more: rejected.length > 3,
    });
  }
  if (sites.length > MAX_SITES) {
    notes.push({ kind: 'sitesCapped', count: MAX_SITES });
    sites.length = MAX_SITES;
  }
  return notes.length > 0 ? { value: sites, notes } : { value: sites };
}

/** The known languages of the list, in LANGUAGES order; unknown codes are left out with a note. */
function languageList(value: unknown): FieldResult<string[]> {
  if (!Array.isArray(value)) return undefined;
  const known: string[] = LANGUAGES.map((l) => l.code);
  const kept = known.filter((code) => value.includes(code));
  const unknown = value.filter((v) => typeof v !== 'string' || !known.includes(v));
  if (unknown.length === 0) return { value: kept };
  if (kept.length === 0) return undefined;
  return { value: kept, notes: [{ kind: 'languagesUnknown', count: unknown.length }] };
}

const FIELD_CHECKS: { [K in keyof Settings]: FieldCheck<K> } = {
  enabled: bool,
  neverSites: siteList,
  onlySites: siteList,
  highlightStyle: oneOf('underline', 'background', 'none'),
  highlightScope: oneOf('all', 'first-per-paragraph', 'first-on-page'),
  maxHighlights: integerIn(MAX_HIGHLIGHTS_RANGE),
  hoverDelayMs: integerIn(HOVER_DELAY_RANGE),
  openCardOn: oneOf('hover', 'click'),
  languages: languageList,
  theme: oneOf('system', 'light', 'dark'),
  cardLanguage: oneOf('page', 'browser', ...CARD_LANGUAGES),
  privacyMode: bool,
};

export const SETTING_KEYS = Object.keys(FIELD_CHECKS) as Array<keyof Settings>;

const MAX_UNKNOWN_NOTICES = 5;

/** Length of the settings as stored (JSON), or Infinity when they cannot be written as JSON. */
export function settingsSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/**
 * The settings checkSettings gives, without its notices: for the content script, which shows none and
 * so does not carry their wording. A malformed field, or anything unreadable, gives the default.
 */
export function settingsFrom(raw: unknown): Settings {
  const settings = cloneSettings(DEFAULT_SETTINGS);
  try {
    if (
      typeof raw !== 'object' ||
      raw === null ||
      Array.isArray(raw) ||
      settingsSize(raw) > SETTINGS_SIZE_LIMIT
    )
      return settings;
    for (const key of SETTING_KEYS) {
      if (!Object.hasOwn(raw, key)) continue;
      const result = (FIELD_CHECKS[key] as FieldCheck<typeof key>)((raw as Record<string, unknown>)[key]);
      if (result) (settings as unknown as Record<string, unknown>)[key] = result.value;
    }
    return settings;
  } catch {
    return cloneSettings(DEFAULT_SETTINGS);
  }
}

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

export const SETTINGS_FILE_FORMAT = 'ccsvi-context-settings';
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

export function settingsFile(settings: Settings, version: number = SETTINGS_VERSION): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings }, null, 2);
}

export function cloneSettings(s: Readonly<Settings>): Settings {
  return { ...s, neverSites: [...s.neverSites], onlySites: [...s.onlySites], languages: [...s.languages] };
}

/** Whether highlighting runs on a page of this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  if (settings.neverSites.some((p) => siteMatches(p, hostname))) return false;
  if (settings.onlySites.length > 0) return settings.onlySites.some((p) => siteMatches(p, hostname));
  return true;
}
