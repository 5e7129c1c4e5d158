import type { Settings } from '../core/settings';
import type { SettingsNotice } from '../core/settings-check';
import type { FieldNote } from '../core/settings-fields';
import type { SitePatternProblem } from '../core/site-patterns';
import { t, tCount, tForm, type MessageKey } from './i18n';

/** The words about settings that core/ gives as data (notices, site-name problems), in the interface's language. */
const SITE_PATTERN_PROBLEM: Readonly<Record<SitePatternProblem, MessageKey>> = {
  empty: 'sitePatternEmpty',
  tooLong: 'sitePatternTooLong',
  spaces: 'sitePatternSpaces',
  path: 'sitePatternPath',
  wildcard: 'sitePatternWildcard',
  ipWildcard: 'sitePatternIpWildcard',
  ipPart: 'sitePatternIpPart',
  characters: 'sitePatternCharacters',
  ending: 'sitePatternEnding',
};

/** Why a typed site name cannot be used. */
export function sitePatternProblemText(problem: SitePatternProblem): string {
  return t(SITE_PATTERN_PROBLEM[problem]);
}

/** The reader's name for each setting, as the options page labels it. */
export const FIELD_NAME: Readonly<Record<keyof Settings, MessageKey>> = {
  enabled: 'fieldEnabled',
  neverSites: 'fieldNeverSites',
  onlySites: 'fieldOnlySites',
  highlightStyle: 'fieldHighlightStyle',
  highlightScope: 'fieldHighlightScope',
  maxHighlights: 'fieldMaxHighlights',
  hoverDelayMs: 'fieldHoverDelayMs',
  openCardOn: 'fieldOpenCardOn',
  languages: 'fieldLanguages',
  theme: 'fieldTheme',
  cardLanguage: 'fieldCardLanguage',
  privacyMode: 'fieldPrivacyMode',
};

const FILE_PROBLEM = {
  notSettings: 'fileNotSettings',
  tooLarge: 'fileTooLarge',
  notJson: 'fileNotJson',
  noSettings: 'fileNoSettings',
  newer: 'fileNewer',
} as const satisfies Record<string, MessageKey>;

const fieldName = (field: string) =>
  Object.hasOwn(FIELD_NAME, field) ? t(FIELD_NAME[field as keyof Settings]) : field;

function noteText(note: FieldNote): string {
  switch (note.kind) {
    case 'outOfRange':
      return t('noteOutOfRange', note.value, note.min, note.max, note.fixed);
    case 'sitesRejected': {
      const list =
        note.entries.map((entry) => entry ?? t('noteNotText')).join(', ') + (note.more ? ', …' : '');
      return tCount('noteSitesRejected', note.count, list);
    }
    case 'sitesCapped':
      return t('noteSitesCapped', note.count);
    case 'languagesUnknown':
      return tCount('noteLanguagesUnknown', note.count);
  }
}

/** A notice about the settings, in the interface's language. */
export function settingsNoticeText({ field, text }: SettingsNotice): string {
  switch (text.kind) {
    case 'unreadable':
      return t(text.kept ? 'settingsUnreadableKept' : 'settingsUnreadableUseDefaults');
    case 'tooLarge':
      return t(text.kept ? 'settingsTooLargeKept' : 'settingsTooLargeDefaults');
    case 'nothingUsed':
      return t('settingsUnreadableNothingUsed');
    case 'storedUnreadable':
      return t('settingsUnreadableDefaults');
    case 'privacyFileOff':
      return t('privacyFileOff');
    case 'unknownSetting':
      return t('unknownSetting', text.name);
    case 'moreUnknown':
      return tForm('moreUnknownSettings', text.count, text.count);
    case 'notAllowed':
      return t(text.kept ? 'valueNotAllowedKept' : 'valueNotAllowedDefault', fieldName(field));
    case 'file':
      return t(FILE_PROBLEM[text.problem]);
    default:
      return t('fieldNote', fieldName(field), noteText(text));
  }
}
