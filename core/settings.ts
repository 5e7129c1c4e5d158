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

export interface SettingsNotice {
  field: string;
  message: string;
}

export interface CheckedSettings {
  settings: Settings;
  notices: SettingsNotice[];
}

/** A field's checked value, or `undefined` when nothing of it can be used; `note` when only part of it was kept. */
type FieldResult<T> = { value: T; note?: string } | undefined;
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
          note: `was ${String(value).slice(0, 20)}, outside ${range.min} to ${range.max}; it is now ${fixed}.`,
        };
  };

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Keeps every valid site of the list; leaves out the rest with a note, so one bad entry never loses the others. */
function siteList(value: unknown): FieldResult<string[]> {
  if (!Array.isArray(value)) return undefined;
  const sites: string[] = [];
  const rejected: string[] = [];
  for (const item of value) {
    const check = typeof item === 'string' ? checkSitePattern(item) : null;
    if (!check?.ok) rejected.push(typeof item === 'string' ? quote(item) : 'a value that is not text');
    else if (!sites.includes(check.pattern)) sites.push(check.pattern);
  }
  const notes: string[] = [];
  if (rejected.length > 0) {
    notes.push(
      `${rejected.length === 1 ? 'one entry was' : `${rejected.length} entries were`} not a site name and ${rejected.length === 1 ? 'was' : 'were'} left out (${rejected.slice(0, 3).join(', ')}${rejected.length > 3 ? ', …' : ''}).`,
    );
  }
  if (sites.length > MAX_SITES) {
    notes.push(`only the first ${MAX_SITES} sites were kept.`);
    sites.length = MAX_SITES;
  }
  return notes.length > 0 ? { value: sites, note: notes.join(' ') } : { value: sites };
}

/** The known languages of the list, in LANGUAGES order; unknown codes are left out with a note. */
function languageList(value: unknown): FieldResult<string[]> {
  if (!Array.isArray(value)) return undefined;
  const known: string[] = LANGUAGES.map((l) => l.code);
  const kept = known.filter((code) => value.includes(code));
  const unknown = value.filter((v) => typeof v !== 'string' || !known.includes(v));
  if (unknown.length === 0) return { value: kept };
  if (kept.length === 0) return undefined;
  return {
    value: kept,
    note: `${unknown.length === 1 ? 'one language was' : `${unknown.length} languages were`} not known and left out.`,
  };
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

/** The reader's name for each setting, as the options page labels it. */
export const FIELD_LABELS: Readonly<Record<keyof Settings, string>> = {
  enabled: 'On/off',
  neverSites: 'Never on these sites',
  onlySites: 'Only on these sites',
  highlightStyle: 'Highlight style',
  highlightScope: 'Which mentions to highlight',
  maxHighlights: 'Most highlights on a page',
  hoverDelayMs: 'Hover delay',
  openCardOn: 'Open the card on',
  languages: 'Languages',
  theme: 'Theme',
  cardLanguage: 'Language of the card',
  privacyMode: 'Privacy mode',
};

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
  const fallback = base === DEFAULT_SETTINGS ? 'it is back to its default' : 'your current setting was kept';
  const start = () => cloneSettings(base);
  try {
    if (raw === undefined || raw === null) return { settings: start(), notices: [] };
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      return {
        settings: start(),
        notices: [
          {
            field: '*',
            message: `The settings were unreadable, so ${base === DEFAULT_SETTINGS ? 'the defaults are used' : 'nothing was changed'}.`,
          },
        ],
      };
    }
    const size = settingsSize(raw);
    if (size > SETTINGS_SIZE_LIMIT) {
      return {
        settings: start(),
        notices: [
          {
            field: '*',
            message: `The settings were ${size === Infinity ? 'unreadable' : 'too large to keep'}, so ${base === DEFAULT_SETTINGS ? 'the defaults are used' : 'nothing was changed'}.`,
          },
        ],
      };
    }
    const settings = start();
    const notices: SettingsNotice[] = [];
    const record = raw as Record<string, unknown>;
    const unknown = Object.keys(record).filter((key) => !Object.hasOwn(FIELD_CHECKS, key));
    for (const key of unknown.slice(0, MAX_UNKNOWN_NOTICES)) {
      notices.push({ field: key, message: `An unknown setting ${quote(key)} was ignored.` });
    }
    if (unknown.length > MAX_UNKNOWN_NOTICES) {
      notices.push({
        field: '*',
        message: `${unknown.length - MAX_UNKNOWN_NOTICES} more unknown settings were ignored.`,
      });
    }
    for (const key of SETTING_KEYS) {
      if (!Object.hasOwn(record, key)) continue;
      const result = (FIELD_CHECKS[key] as FieldCheck<typeof key>)(record[key]);
      if (result === undefined) {
        notices.push({
          field: key,
          message: `"${FIELD_LABELS[key]}" had a value that is not allowed, so ${fallback}.`,
        });
        continue;
      }
      (settings as unknown as Record<string, unknown>)[key] = result.value;
      if (result.note) notices.push({ field: key, message: `"${FIELD_LABELS[key]}": ${result.note}` });
    }
    return { settings, notices };
  } catch {
    return {
      settings: start(),
      notices: [{ field: '*', message: 'The settings were unreadable, so nothing of them was used.' }],
    };
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
  const refuse = (message: string): ParsedSettingsFile => ({
    settings: cloneSettings(base),
    notices: [{ field: '*', message }],
    usable: false,
  });
  if (typeof text !== 'string') return refuse('This is not a settings file, so nothing was imported.');
  if (text.length > SETTINGS_FILE_LIMIT)
    return refuse('This file is too large to be a settings file, so nothing was imported.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('This file is not a settings file (it is not valid JSON), so nothing was imported.');
  }
  const wrapped =
    json !== null && typeof json === 'object' && !Array.isArray(json) && Object.hasOwn(json, 'settings');
  let body: unknown = wrapped ? (json as { settings: unknown }).settings : json;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return refuse('This file holds no settings, so nothing was imported.');
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
    notices.push({
      field: '*',
      message:
        'This file comes from a newer version of the extension; what this version does not know was ignored.',
    });
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
