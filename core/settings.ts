import type { HighlightStyle } from './highlights';
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
  privacyMode: false,
});

export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;
export const MAX_HIGHLIGHTS_RANGE = { min: 1, max: 5000 } as const;
/** chrome.storage.sync allows 8,192 bytes per item; stay well inside it. */
export const SETTINGS_SIZE_LIMIT = 7_000;
const MAX_SITES = 200;

export interface SettingsNotice {
  field: string;
  message: string;
}

export interface CheckedSettings {
  settings: Settings;
  notices: SettingsNotice[];
}

type FieldCheck<K extends keyof Settings> = (value: unknown) => Settings[K] | undefined;

const oneOf =
  <T extends string>(...allowed: T[]) =>
  (value: unknown): T | undefined =>
    typeof value === 'string' && (allowed as string[]).includes(value) ? (value as T) : undefined;

const integerIn = (range: { min: number; max: number }) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max ? value : undefined;

function siteList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_SITES) return undefined;
  const sites: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') return undefined;
    const check = checkSitePattern(item);
    if (!check.ok) return undefined;
    if (!sites.includes(check.pattern)) sites.push(check.pattern);
  }
  return sites;
}

function languageList(value: unknown): string[] | undefined {
  const known: string[] = LANGUAGES.map((l) => l.code);
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && known.includes(v))) return undefined;
  return known.filter((code) => value.includes(code));
}

const FIELD_CHECKS: { [K in keyof Settings]: FieldCheck<K> } = {
  enabled: (v) => (typeof v === 'boolean' ? v : undefined),
  neverSites: siteList,
  onlySites: siteList,
  highlightStyle: oneOf('underline', 'background', 'none'),
  highlightScope: oneOf('all', 'first-per-paragraph', 'first-on-page'),
  maxHighlights: integerIn(MAX_HIGHLIGHTS_RANGE),
  hoverDelayMs: integerIn(HOVER_DELAY_RANGE),
  openCardOn: oneOf('hover', 'click'),
  languages: languageList,
  theme: oneOf('system', 'light', 'dark'),
  privacyMode: (v) => (typeof v === 'boolean' ? v : undefined),
};

const FIELD_LABELS: Record<keyof Settings, string> = {
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
  privacyMode: 'Privacy mode',
};

/**
 * Checks stored or imported settings field by field. A malformed field falls back to its default and
 * yields a notice; the other fields are kept. Never throws.
 */
export function checkSettings(raw: unknown): CheckedSettings {
  const notices: SettingsNotice[] = [];
  const settings: Settings = structuredCloneSettings(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { settings, notices };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, notices: [{ field: '*', message: 'The saved settings were unreadable, so the defaults are used.' }] };
  }
  let size = 0;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    size = Infinity;
  }
  if (size > SETTINGS_SIZE_LIMIT) {
    return { settings, notices: [{ field: '*', message: 'The settings were too large to keep, so the defaults are used.' }] };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(key in FIELD_CHECKS)) notices.push({ field: key, message: `An unknown setting "${key}" was ignored.` });
  }
  for (const key of Object.keys(FIELD_CHECKS) as Array<keyof Settings>) {
    if (!(key in record)) continue;
    const value = (FIELD_CHECKS[key] as FieldCheck<typeof key>)(record[key]);
    if (value === undefined) {
      notices.push({ field: key, message: `"${FIELD_LABELS[key]}" had a value that is not allowed; it is back to its default.` });
    } else {
      (settings as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return { settings, notices };
}

/** Reads a settings file (the export format) without ever throwing. */
export function parseSettingsFile(text: string): CheckedSettings & { usable: boolean } {
  if (text.length > SETTINGS_SIZE_LIMIT * 4) {
    return { settings: structuredCloneSettings(DEFAULT_SETTINGS), notices: [{ field: '*', message: 'This file is too large to be a settings file.' }], usable: false };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { settings: structuredCloneSettings(DEFAULT_SETTINGS), notices: [{ field: '*', message: 'This file is not valid JSON, so nothing was imported.' }], usable: false };
  }
  const body = json && typeof json === 'object' && 'settings' in json ? (json as { settings: unknown }).settings : json;
  const checked = checkSettings(body);
  const usable = body !== null && typeof body === 'object' && !Array.isArray(body);
  return { ...checked, usable };
}

export function settingsFile(settings: Settings, version: number): string {
  return JSON.stringify({ format: 'ccsvi-context-settings', version, settings }, null, 2);
}

function structuredCloneSettings(s: Readonly<Settings>): Settings {
  return { ...s, neverSites: [...s.neverSites], onlySites: [...s.onlySites], languages: [...s.languages] };
}

/** Whether highlighting runs on a page of this host. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  if (settings.neverSites.some((p) => siteMatches(p, hostname))) return false;
  if (settings.onlySites.length > 0) return settings.onlySites.some((p) => siteMatches(p, hostname));
  return true;
}
