import {
  DEFAULT_SETTINGS,
  isActiveOn,
  LANGUAGES,
  MAX_SITES,
  SETTINGS_SIZE_LIMIT,
  type Settings,
} from '../../core/settings';
import { checkSettings } from '../../core/settings-check';
import { SETTING_KEYS } from '../../core/settings-fields';
import { parseSettingsFile, SETTINGS_FILE_LIMIT, settingsFile } from '../../core/settings-file';
import { SETTINGS_VERSION } from '../../core/settings-migrations';
import { validityProblems } from './settings-validity';
import { settingsNoticeText, FIELD_NAME } from '../../utils/settings-text';

const defaults = (): Settings => ({
  ...DEFAULT_SETTINGS,
  neverSites: [],
  onlySites: [],
  languages: [...DEFAULT_SETTINGS.languages],
});

describe('DEFAULT_SETTINGS', () => {
  test('are valid, frozen, and every setting has a label', () => {
    expect(validityProblems(DEFAULT_SETTINGS)).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.keys(FIELD_NAME).sort()).toEqual([...SETTING_KEYS].sort());
  });

  test('are what the options page documents', () => {
    expect(DEFAULT_SETTINGS).toEqual({
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
  });
});

describe('checkSettings', () => {
  test('nothing stored: defaults, no notice', () => {
    expect(checkSettings(undefined)).toEqual({ settings: defaults(), notices: [] });
    expect(checkSettings(null)).toEqual({ settings: defaults(), notices: [] });
    expect(checkSettings({})).toEqual({ settings: defaults(), notices: [] });
  });

  test('a value that is not an object: defaults with one notice', () => {
    for (const raw of ['x', 3, true, [], [1, 2]]) {
      const { settings, notices } = checkSettings(raw);
      expect(settings).toEqual(defaults());
      expect(notices).toHaveLength(1);
      expect(notices[0]!.field).toBe('*');
    }
  });

  test('the result never shares arrays with the defaults or the input', () => {
    const input = { neverSites: ['a.com'] };
    const { settings } = checkSettings(input);
    settings.neverSites.push('b.com');
    settings.languages.pop();
    expect(input.neverSites).toEqual(['a.com']);
    expect(DEFAULT_SETTINGS.languages).toHaveLength(LANGUAGES.length);
  });

  test('a bad field falls back with a notice naming it; the good fields are kept', () => {
    const { settings, notices } = checkSettings({
      enabled: false,
      highlightStyle: 'sparkles',
      theme: 'dark',
      maxHighlights: 'many',
    });
    expect(settings).toEqual({ ...defaults(), enabled: false, theme: 'dark' });
    expect(notices.map((n) => n.field).sort()).toEqual(['highlightStyle', 'maxHighlights']);
    expect(settingsNoticeText(notices.find((n) => n.field === 'highlightStyle')!)).toMatch(
      /Highlight style.*default/,
    );
  });

  test('with a base (an import), a bad field keeps the base value', () => {
    const base = { ...defaults(), theme: 'dark' as const, hoverDelayMs: 900 };
    const { settings, notices } = checkSettings({ theme: 'purple', enabled: false }, base);
    expect(settings).toEqual({ ...base, enabled: false });
    expect(settingsNoticeText(notices[0]!)).toMatch(/current setting was kept/);
  });

  test('unknown keys are ignored with a notice, even ones named like Object.prototype members', () => {
    const raw = JSON.parse(
      '{"enabled": false, "colour": "red", "toString": 1, "__proto__": {"enabled": true}, "constructor": 2}',
    );
    const { settings, notices } = checkSettings(raw);
    expect(settings.enabled).toBe(false);
    expect(notices.map((n) => n.field).sort()).toEqual(['__proto__', 'colour', 'constructor', 'toString']);
  });

  test('many unknown keys give a bounded number of notices', () => {
    const raw = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    const { notices } = checkSettings(raw);
    expect(notices.length).toBeLessThanOrEqual(6);
    expect(settingsNoticeText(notices.at(-1)!)).toMatch(/45 more/);
  });

  test('settings over the size limit are not used at all', () => {
    const { settings, notices } = checkSettings({ enabled: false, padding: 'x'.repeat(SETTINGS_SIZE_LIMIT) });
    expect(settings).toEqual(defaults());
    expect(notices).toEqual([{ field: '*', text: { kind: 'tooLarge', kept: false } }]);
    expect(settingsNoticeText(notices[0]!)).toMatch(/too large/);
  });

  test('site lists keep their valid entries, normalised and without repeats, and leave the rest out with a notice', () => {
    const { settings, notices } = checkSettings({
      neverSites: [
        'Example.COM',
        'https://news.example.org/page',
        'example.com',
        'not a site',
        42,
        '*.ok.net',
      ],
    });
    expect(settings.neverSites).toEqual(['example.com', 'news.example.org', '*.ok.net']);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.field).toBe('neverSites');
    expect(settingsNoticeText(notices[0]!)).toMatch(/2 entries .*left out.*"not a site"/);
  });

  test(`site lists longer than ${MAX_SITES} keep the first ${MAX_SITES}`, () => {
    const sites = Array.from({ length: MAX_SITES + 5 }, (_, i) => `s${i}.io`);
    // Within the size limit only because the names are short.
    const { settings, notices } = checkSettings({ onlySites: sites });
    expect(settings.onlySites).toEqual(sites.slice(0, MAX_SITES));
    expect(notices[0]!.field).toBe('onlySites');
  });

  test('a site list that is not a list falls back', () => {
    const { settings, notices } = checkSettings({ onlySites: 'example.com' });
    expect(settings.onlySites).toEqual([]);
    expect(notices[0]!.field).toBe('onlySites');
  });

  test('languages: known codes kept in the list order; unknown left out; only unknown falls back', () => {
    expect(checkSettings({ languages: ['fr', 'en', 'fr'] })).toEqual({
      settings: { ...defaults(), languages: ['en', 'fr'] },
      notices: [],
    });
    const partial = checkSettings({ languages: ['en', 'sv'] });
    expect(partial.settings.languages).toEqual(['en']);
    expect(partial.notices[0]!.field).toBe('languages');
    const none = checkSettings({ languages: ['sv'] });
    expect(none.settings.languages).toEqual(DEFAULT_SETTINGS.languages);
    expect(checkSettings({ languages: [] }).settings.languages).toEqual([]);
  });

  test('numbers: whole numbers in range kept; others brought into range with a notice; non-numbers fall back', () => {
    expect(checkSettings({ hoverDelayMs: 0 }).settings.hoverDelayMs).toBe(0);
    const far = checkSettings({ hoverDelayMs: 99_999, maxHighlights: 2.6 });
    expect(far.settings.hoverDelayMs).toBe(3000);
    expect(far.settings.maxHighlights).toBe(3);
    expect(far.notices.map((n) => n.field).sort()).toEqual(['hoverDelayMs', 'maxHighlights']);
    for (const bad of [NaN, Infinity, '300', null, {}]) {
      const r = checkSettings({ hoverDelayMs: bad });
      expect(r.settings.hoverDelayMs).toBe(300);
      expect(r.notices).toHaveLength(1);
    }
  });

  test('a getter that throws never escapes', () => {
    const raw = Object.defineProperty({}, 'enabled', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const { settings, notices } = checkSettings(raw);
    expect(validityProblems(settings)).toEqual([]);
    expect(notices.length).toBeGreaterThan(0);
  });
});

describe('parseSettingsFile', () => {
  const custom: Settings = {
    ...defaults(),
    enabled: false,
    neverSites: ['*.example.com'],
    highlightStyle: 'background',
    languages: ['en', 'it'],
  };

  test('round-trips the export format', () => {
    const text = settingsFile(custom);
    expect(JSON.parse(text)).toMatchObject({ format: 'ccsvi-context-settings', version: SETTINGS_VERSION });
    expect(parseSettingsFile(text)).toEqual({ settings: custom, notices: [], usable: true });
  });

  test('accepts a bare settings object', () => {
    expect(parseSettingsFile(JSON.stringify({ theme: 'dark' }))).toEqual({
      settings: { ...defaults(), theme: 'dark' },
      notices: [],
      usable: true,
    });
  });

  test('missing and bad fields keep the base (the reader’s current settings)', () => {
    const base = { ...defaults(), hoverDelayMs: 1200, theme: 'light' as const };
    const r = parseSettingsFile(JSON.stringify({ settings: { enabled: false, theme: 7 } }), base);
    expect(r.usable).toBe(true);
    expect(r.settings).toEqual({ ...base, enabled: false });
    expect(r.notices.map((n) => n.field)).toEqual(['theme']);
  });

  test.each([
    ['not JSON', 'this is { not json', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['a JSON string', '"hello"', /no settings/],
    ['a JSON array', '[1,2]', /no settings/],
    ['null', 'null', /no settings/],
    ['settings: null', '{"settings": null}', /no settings/],
    ['settings: a list', '{"settings": []}', /no settings/],
    ['too large', ' '.repeat(SETTINGS_FILE_LIMIT + 1), /too large/],
  ])('%s: nothing imported, one notice', (_, text, message) => {
    const base = { ...defaults(), theme: 'dark' as const };
    const r = parseSettingsFile(text, base);
    expect(r.usable).toBe(false);
    expect(r.settings).toEqual(base);
    expect(r.notices).toHaveLength(1);
    expect(settingsNoticeText(r.notices[0]!)).toMatch(message);
  });

  test('a version 1 file is migrated', () => {
    const v1 = {
      format: 'ccsvi-context-settings',
      version: 1,
      settings: { style: 'off', blockedSites: ['bad.example'], hoverDelay: 0.5 },
    };
    const r = parseSettingsFile(JSON.stringify(v1));
    expect(r).toEqual({
      settings: { ...defaults(), highlightStyle: 'none', neverSites: ['bad.example'], hoverDelayMs: 500 },
      notices: [],
      usable: true,
    });
  });

  test('a file from a newer version is read with a notice', () => {
    const r = parseSettingsFile(
      JSON.stringify({ version: SETTINGS_VERSION + 1, settings: { enabled: false, sparkle: true } }),
    );
    expect(r.usable).toBe(true);
    expect(r.settings.enabled).toBe(false);
    expect(r.notices.map((n) => n.field)).toEqual(['*', 'sparkle']);
  });
});

describe('isActiveOn', () => {
  test('off everywhere, never-sites and only-sites', () => {
    expect(isActiveOn(defaults(), 'a.com')).toBe(true);
    expect(isActiveOn({ ...defaults(), enabled: false }, 'a.com')).toBe(false);
    expect(isActiveOn({ ...defaults(), neverSites: ['*.a.com'] }, 'www.a.com')).toBe(false);
    expect(isActiveOn({ ...defaults(), onlySites: ['b.com'] }, 'a.com')).toBe(false);
    expect(isActiveOn({ ...defaults(), onlySites: ['b.com'] }, 'b.com')).toBe(true);
    expect(isActiveOn({ ...defaults(), onlySites: ['b.com'], neverSites: ['b.com'] }, 'b.com')).toBe(false);
  });
});
