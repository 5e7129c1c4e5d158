// Property-based: whatever is stored or imported, the settings that come out are valid, the valid
// parts of the input survive, and every fallback is announced.
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { checkSettings, settingsFrom } from '../../core/settings-check';
import { SETTING_KEYS } from '../../core/settings-fields';
import { parseSettingsFile, settingsFile } from '../../core/settings-file';
import { migrateV1toV2, SETTINGS_VERSION } from '../../core/settings-migrations';
import { settingsArb, validityProblems } from './settings-validity';
import { settingsNoticeText } from '../../utils/settings-text';

const RUNS = { numRuns: 400 };
/** Garbage of every shape, including objects that reuse the settings' own key names. */
const garbage = fc.oneof(
  fc.anything(),
  fc.object(),
  fc.dictionary(
    fc.constantFrom(...SETTING_KEYS, 'style', 'blockedSites', 'hoverDelay', '__proto__', 'toString'),
    fc.anything(),
  ),
  fc.string({ maxLength: 20_000 }),
  fc.constant('x'.repeat(1_000_000)),
);

test('checkSettings never throws and returns only valid settings', () => {
  fc.assert(
    fc.property(garbage, (raw) => {
      const { settings, notices } = checkSettings(raw);
      expect(validityProblems(settings)).toEqual([]);
      for (const n of notices) expect(settingsNoticeText(n).length).toBeGreaterThan(0);
    }),
    RUNS,
  );
});

test("settingsFrom (the content script's reading) gives exactly checkSettings' settings", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        garbage,
        settingsArb,
        fc
          .tuple(settingsArb, fc.dictionary(fc.constantFrom(...SETTING_KEYS), fc.anything()))
          .map(([s, noise]) => ({ ...s, ...noise })),
      ),
      (raw) => {
        expect(settingsFrom(raw)).toEqual(checkSettings(raw).settings);
      },
    ),
    RUNS,
  );
});

test('valid settings come back unchanged, with no notice', () => {
  fc.assert(
    fc.property(settingsArb, (s) => {
      expect(checkSettings(s)).toEqual({ settings: s, notices: [] });
    }),
    RUNS,
  );
});

test('every valid field is kept; every field that is not is replaced by its default with a notice naming it', () => {
  fc.assert(
    fc.property(
      settingsArb,
      fc.dictionary(fc.constantFrom(...SETTING_KEYS), fc.anything()),
      (valid, noise) => {
        const raw: Record<string, unknown> = { ...valid, ...noise };
        const { settings, notices } = checkSettings(raw);
        expect(validityProblems(settings)).toEqual([]);
        for (const key of SETTING_KEYS) {
          if (!(key in noise)) {
            expect(settings[key]).toEqual(valid[key]);
            continue;
          }
          // The noise value on its own: either usable (kept, maybe trimmed with a notice) or a fallback with a notice.
          const alone = checkSettings({ [key]: noise[key] });
          expect(settings[key]).toEqual(alone.settings[key]);
          const fellBack = alone.notices.some((n) => n.field === key && n.text.kind === 'notAllowed');
          if (fellBack) {
            expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
            expect(notices.some((n) => n.field === key)).toBe(true);
          }
        }
      },
    ),
    RUNS,
  );
});

test('a field whose value has the wrong type always gets a notice', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...SETTING_KEYS),
      fc.oneof(fc.object(), fc.constant(null), fc.float({ noInteger: true })),
      (key, value) => {
        const { settings, notices } = checkSettings({ [key]: value });
        expect(notices.some((n) => n.field === key)).toBe(true);
        expect(validityProblems(settings)).toEqual([]);
      },
    ),
    RUNS,
  );
});

test('with a base, fields that are missing or not allowed keep the base value', () => {
  fc.assert(
    fc.property(settingsArb, fc.dictionary(fc.constantFrom(...SETTING_KEYS), fc.anything()), (base, raw) => {
      const { settings } = checkSettings(raw, base);
      expect(validityProblems(settings)).toEqual([]);
      for (const key of SETTING_KEYS) {
        if (!(key in raw)) expect(settings[key]).toEqual(base[key]);
      }
    }),
    RUNS,
  );
});

test('parseSettingsFile never throws on any text, valid JSON or not', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 2000 }),
    fc.json(),
    fc.anything().map((v) => {
      try {
        return (
          JSON.stringify({ format: 'ccsvi-context-settings', version: SETTINGS_VERSION, settings: v }) ?? ''
        );
      } catch {
        return '';
      }
    }),
    fc.string({ minLength: 30_000, maxLength: 40_000 }),
  );
  fc.assert(
    fc.property(text, settingsArb, (t, base) => {
      const r = parseSettingsFile(t, base);
      expect(validityProblems(r.settings)).toEqual([]);
      if (!r.usable) {
        expect(r.settings).toEqual(base);
        expect(r.notices).toHaveLength(1);
      }
    }),
    RUNS,
  );
});

test('export then import gives the same settings', () => {
  fc.assert(
    fc.property(settingsArb, (s: Settings) => {
      expect(parseSettingsFile(settingsFile(s))).toEqual({ settings: s, notices: [], usable: true });
    }),
    RUNS,
  );
});

describe('migration v1 → v2', () => {
  const v1 = fc.record(
    {
      enabled: fc.boolean(),
      style: fc.constantFrom('underline', 'background', 'off'),
      blockedSites: fc.array(fc.constantFrom('a.com', '*.b.org', '10.0.0.1')),
      hoverDelay: fc.double({ min: 0, max: 3, noNaN: true }),
    },
    { requiredKeys: [] },
  );

  test('any v1 object becomes valid settings, keeping what it meant', () => {
    fc.assert(
      fc.property(v1, (old) => {
        const { settings, notices } = checkSettings(migrateV1toV2(old));
        expect(validityProblems(settings)).toEqual([]);
        expect(notices).toEqual([]);
        if (old.style) expect(settings.highlightStyle).toBe(old.style === 'off' ? 'none' : old.style);
        if (old.blockedSites) expect(settings.neverSites).toEqual([...new Set(old.blockedSites)]);
        if (old.hoverDelay !== undefined)
          expect(settings.hoverDelayMs).toBe(Math.round(old.hoverDelay * 1000));
        if (old.enabled !== undefined) expect(settings.enabled).toBe(old.enabled);
      }),
      RUNS,
    );
  });

  test('garbage never throws and ends valid', () => {
    fc.assert(
      fc.property(garbage, (raw) => {
        expect(validityProblems(checkSettings(migrateV1toV2(raw)).settings)).toEqual([]);
      }),
      RUNS,
    );
  });
});
