/**
 * The check of each setting's value: what is allowed, and what of a partly valid value is kept (a list
 * keeps its valid entries, a number out of range is brought into it), with a note of what changed.
 */
import {
  CARD_LANGUAGES,
  HOVER_DELAY_RANGE,
  LANGUAGES,
  MAX_HIGHLIGHTS_RANGE,
  MAX_SITES,
  type Settings,
} from './settings';
import { checkSitePattern } from './site-patterns';

/** Part of a field was kept: what was changed or left out. */
export type FieldNote =
  | { kind: 'outOfRange'; value: string; min: number; max: number; fixed: number }
  /** `entries`: the first few left out, in quotes (null for one that is not text) */
  | { kind: 'sitesRejected'; count: number; entries: Array<string | null>; more: boolean }
  | { kind: 'sitesCapped'; count: number }
  | { kind: 'languagesUnknown'; count: number };

/** A field's checked value, or `undefined` when nothing of it can be used; `note` when only part of it was kept. */
type FieldResult<T> = { value: T; notes?: FieldNote[] } | undefined;
export type FieldCheck<K extends keyof Settings> = (value: unknown) => FieldResult<Settings[K]>;

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

export const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

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
  const known: readonly string[] = LANGUAGES;
  const kept = known.filter((code) => value.includes(code));
  const unknown = value.filter((v) => typeof v !== 'string' || !known.includes(v));
  if (unknown.length === 0) return { value: kept };
  if (kept.length === 0) return undefined;
  return { value: kept, notes: [{ kind: 'languagesUnknown', count: unknown.length }] };
}

export const FIELD_CHECKS: { [K in keyof Settings]: FieldCheck<K> } = {
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
