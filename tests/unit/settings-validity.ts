// Shared by the settings tests: an independent statement of what a valid Settings object is.
import fc from 'fast-check';
import {
  HOVER_DELAY_RANGE,
  LANGUAGES,
  MAX_HIGHLIGHTS_RANGE,
  MAX_SITES,
  type Settings,
} from '../../core/settings';
import { checkSitePattern } from '../../core/site-patterns';

const CODES: string[] = [...LANGUAGES];
const CARD_LANGUAGE_CODES = ['en', 'it', 'fr', 'es', 'de', 'pl', 'pt', 'nl'];

export function validityProblems(s: unknown): string[] {
  const problems: string[] = [];
  if (!s || typeof s !== 'object') return ['not an object'];
  const v = s as Record<string, unknown>;
  const keys = [
    'enabled',
    'neverSites',
    'onlySites',
    'highlightStyle',
    'highlightScope',
    'maxHighlights',
    'hoverDelayMs',
    'openCardOn',
    'languages',
    'theme',
    'cardLanguage',
    'privacyMode',
  ];
  if (Object.keys(v).sort().join() !== [...keys].sort().join())
    problems.push(`keys ${Object.keys(v).join()}`);
  const sites = (x: unknown) =>
    Array.isArray(x) &&
    x.length <= MAX_SITES &&
    new Set(x).size === x.length &&
    x.every((p) => {
      if (typeof p !== 'string') return false;
      const c = checkSitePattern(p);
      return c.ok && c.pattern === p;
    });
  const int = (x: unknown, r: { min: number; max: number }) =>
    typeof x === 'number' && Number.isInteger(x) && x >= r.min && x <= r.max;
  if (typeof v.enabled !== 'boolean') problems.push('enabled');
  if (typeof v.privacyMode !== 'boolean') problems.push('privacyMode');
  if (!sites(v.neverSites)) problems.push('neverSites');
  if (!sites(v.onlySites)) problems.push('onlySites');
  if (!['underline', 'background', 'none'].includes(v.highlightStyle as string))
    problems.push('highlightStyle');
  if (!['all', 'first-per-paragraph', 'first-on-page'].includes(v.highlightScope as string))
    problems.push('highlightScope');
  if (!int(v.maxHighlights, MAX_HIGHLIGHTS_RANGE)) problems.push('maxHighlights');
  if (!int(v.hoverDelayMs, HOVER_DELAY_RANGE)) problems.push('hoverDelayMs');
  if (!['hover', 'click'].includes(v.openCardOn as string)) problems.push('openCardOn');
  if (!['system', 'light', 'dark'].includes(v.theme as string)) problems.push('theme');
  if (!['page', 'browser', ...CARD_LANGUAGE_CODES].includes(v.cardLanguage as string))
    problems.push('cardLanguage');
  if (
    !Array.isArray(v.languages) ||
    !v.languages.every((c) => CODES.includes(c)) ||
    new Set(v.languages).size !== v.languages.length
  )
    problems.push('languages');
  return problems;
}

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
export const siteArb = fc.oneof(
  fc
    .tuple(
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('com', 'org', 'co.uk', 'ms'),
      fc.boolean(),
    )
    .map(([labels, tld, wild]) => `${wild ? '*.' : ''}${labels.join('.')}.${tld}`),
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.')),
  fc.constant('localhost'),
);

/** Any valid Settings value (site lists kept short so the whole stays inside the size limit). */
export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  enabled: fc.boolean(),
  neverSites: fc.uniqueArray(siteArb, { maxLength: 8 }),
  onlySites: fc.uniqueArray(siteArb, { maxLength: 8 }),
  highlightStyle: fc.constantFrom('underline', 'background', 'none'),
  highlightScope: fc.constantFrom('all', 'first-per-paragraph', 'first-on-page'),
  maxHighlights: fc.integer(MAX_HIGHLIGHTS_RANGE),
  hoverDelayMs: fc.integer(HOVER_DELAY_RANGE),
  openCardOn: fc.constantFrom('hover', 'click'),
  languages: fc.subarray(CODES).map((codes) => codes),
  theme: fc.constantFrom('system', 'light', 'dark'),
  cardLanguage: fc.constantFrom('page', 'browser', 'en', 'it', 'fr', 'es', 'de', 'pl', 'pt', 'nl'),
  privacyMode: fc.boolean(),
});
