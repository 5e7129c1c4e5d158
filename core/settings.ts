import type { HighlightScope } from './highlight-policy';
import type { HighlightStyle } from './highlights';
import { siteMatches } from './site-patterns';

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
  highlightScope: HighlightScope;
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

/** The languages whose terms can be detected (their names are written by Intl where they are shown). */
export const LANGUAGES = ['en', 'it', 'fr', 'es', 'de', 'pl', 'pt', 'nl', 'ja'] as const;

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
  languages: [...LANGUAGES],
  theme: 'system',
  cardLanguage: 'page',
  privacyMode: false,
});

export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;
export const MAX_HIGHLIGHTS_RANGE = { min: 1, max: 5000 } as const;
/** chrome.storage.sync allows 8,192 bytes per item; stay well inside it. */
export const SETTINGS_SIZE_LIMIT = 7_000;
export const MAX_SITES = 200;

/** Length of the settings as stored (JSON), or Infinity when they cannot be written as JSON. */
export function settingsSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
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
