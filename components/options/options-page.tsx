import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  CARD_LANGUAGES,
  HOVER_DELAY_RANGE,
  LANGUAGES,
  MAX_HIGHLIGHTS_RANGE,
  SETTINGS_SIZE_LIMIT,
  settingsSize,
  type Settings,
} from '../../core/settings';
import type { SettingsNotice } from '../../core/settings-check';
import { ccsviTopic } from '../../data';
import { t, tForm, tParts, uiLanguage } from '../../utils/i18n';
import { formatDate } from '../topic/format';
import { BackupSection } from './backup-section';
import { Checkbox, RadioGroup, Section } from './controls';
import { HiddenMentionsSection } from './hidden-mentions-section';
import { PrivacySection } from './privacy-section';
import { ShortcutsSection } from './shortcuts-section';
import { SiteList } from './site-list';
import { useSettings, type SaveStatus } from './use-settings';
import { settingsNoticeText } from '../../utils/settings-text';

/** How long "Saved" stays on screen. */
const SAVED_VISIBLE_MS = 2500;

/** extensionVersion: the manifest's (from package.json), shown apart from the evidence set's own version. */
export function OptionsPage(props: { extensionVersion?: string } = {}) {
  const editor = useSettings();
  const { settings } = editor;
  const [importNotices, setImportNotices] = useState<SettingsNotice[]>([]);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);

  return (
    <>
      <header class="top">
        <div class="top-inner">
          <h1>{t('optionsTitle')}</h1>
          <StatusLine status={editor.status} />
        </div>
      </header>
      <main class="page">
        <p class="lead">{t('optionsLead')}</p>
        <Notices
          title={t('noticesUnusable')}
          notices={editor.notices}
          onDismiss={() => editor.setNotices([])}
        />
        <Notices
          title={t('noticesImported')}
          notices={importNotices}
          onDismiss={() => setImportNotices([])}
          focusOnShow
        />
        {settings === null ? (
          <p>{t('loadingSettings')}</p>
        ) : (
          <Sections settings={settings} editor={editor} onImportNotices={setImportNotices} />
        )}
      </main>
      <footer class="page about">
        <p class="hint">
          {props.extensionVersion && <>{t('aboutExtensionVersion', props.extensionVersion)} </>}
          {tParts(
            'aboutEvidence',
            ccsviTopic.version,
            <time dateTime={ccsviTopic.lastReviewed}>
              {formatDate(ccsviTopic.lastReviewed, uiLanguage())}
            </time>,
          )}
        </p>
      </footer>
    </>
  );
}

function Sections(props: {
  settings: Settings;
  editor: ReturnType<typeof useSettings>;
  onImportNotices: (n: SettingsNotice[]) => void;
}) {
  const { settings, editor } = props;
  const change = editor.change;
  const fits = (patch: Partial<Settings>) => settingsSize({ ...settings, ...patch }) <= SETTINGS_SIZE_LIMIT;

  return (
    <>
      <Section id="highlighting" title={t('sectionHighlighting')}>
        <Checkbox
          label={t('highlightEnabled')}
          hint={t('highlightEnabledHint')}
          checked={settings.enabled}
          onChange={(enabled) => void change({ enabled })}
        />
        <RadioGroup
          name="highlight-style"
          legend={t('highlightStyle')}
          value={settings.highlightStyle}
          onChange={(highlightStyle) => void change({ highlightStyle })}
          choices={[
            { value: 'underline', label: t('styleUnderline'), sample: <Sample kind="underline" /> },
            { value: 'background', label: t('styleBackground'), sample: <Sample kind="background" /> },
            {
              value: 'none',
              label: t('styleNone'),
              hint: t('styleNoneHint'),
            },
          ]}
        />
        <RadioGroup
          name="highlight-scope"
          legend={t('highlightScope')}
          hint={t('highlightScopeHint')}
          value={settings.highlightScope}
          onChange={(highlightScope) => void change({ highlightScope })}
          choices={[
            { value: 'all', label: t('scopeAll') },
            { value: 'first-per-paragraph', label: t('scopeFirstPerParagraph') },
            { value: 'first-on-page', label: t('scopeFirstOnPage') },
          ]}
        />
        <WholeNumber
          id="max-highlights"
          label={t('maxHighlights')}
          hint={t('maxHighlightsHint', MAX_HIGHLIGHTS_RANGE.min, MAX_HIGHLIGHTS_RANGE.max)}
          range={MAX_HIGHLIGHTS_RANGE}
          value={settings.maxHighlights}
          onChange={(maxHighlights) => void change({ maxHighlights }, { gradual: true })}
        />
      </Section>

      <Section
        id="sites"
        title={t('sectionSites')}
        intro={<>{tParts('sitesIntro', <code>example.com</code>, <code>*.example.com</code>)}</>}
      >
        <SiteList
          id="never-sites"
          title={t('neverSites')}
          hint={t('neverSitesHint')}
          empty={t('neverSitesEmpty')}
          sites={settings.neverSites}
          fits={(neverSites) => fits({ neverSites })}
          onChange={(neverSites) => change({ neverSites })}
        />
        <SiteList
          id="only-sites"
          title={t('onlySites')}
          hint={t('onlySitesHint')}
          empty={t('onlySitesEmpty')}
          sites={settings.onlySites}
          fits={(onlySites) => fits({ onlySites })}
          onChange={(onlySites) => change({ onlySites })}
        />
      </Section>

      <Section id="card" title={t('sectionCard')} intro={t('cardIntro')}>
        <RadioGroup
          name="open-card-on"
          legend={t('openCardOn')}
          value={settings.openCardOn}
          onChange={(openCardOn) => void change({ openCardOn })}
          choices={[
            { value: 'hover', label: t('openOnHover') },
            { value: 'click', label: t('openOnClick') },
          ]}
        />
        <HoverDelay
          value={settings.hoverDelayMs}
          disabled={settings.openCardOn !== 'hover'}
          onInput={(hoverDelayMs) => void change({ hoverDelayMs }, { gradual: true })}
          onCommit={() => void editor.flush()}
        />
        <CardLanguage
          value={settings.cardLanguage}
          onChange={(cardLanguage) => void change({ cardLanguage })}
        />
      </Section>

      <HiddenMentionsSection />

      <Section id="languages" title={t('sectionLanguages')}>
        <fieldset class="group columns">
          <legend>{t('findMentionsIn')}</legend>
          {LANGUAGES.map((code) => (
            <Checkbox
              key={code}
              label={languageName(code)}
              checked={settings.languages.includes(code)}
              onChange={(on) => {
                const languages = LANGUAGES.filter((c) => (c === code ? on : settings.languages.includes(c)));
                void change({ languages });
              }}
            />
          ))}
        </fieldset>
        {settings.languages.length === 0 && (
          <p class="field-message error" role="alert">
            {t('noLanguage')}
          </p>
        )}
      </Section>

      <Section id="appearance" title={t('sectionAppearance')}>
        <RadioGroup
          name="theme"
          legend={t('theme')}
          value={settings.theme}
          onChange={(theme) => void change({ theme })}
          choices={[
            { value: 'system', label: t('themeSystem') },
            { value: 'light', label: t('themeLight') },
            { value: 'dark', label: t('themeDark') },
          ]}
        />
      </Section>

      <PrivacySection
        privacyMode={settings.privacyMode}
        onChange={(privacyMode) => change({ privacyMode })}
      />
      <ShortcutsSection />
      <BackupSection settings={settings} replace={editor.replace} onImportNotices={props.onImportNotices} />
    </>
  );
}

function Sample(props: { kind: 'underline' | 'background' }) {
  return (
    <span class={`sample sample-${props.kind}`} aria-hidden="true">
      CCSVI
    </span>
  );
}

function StatusLine(props: { status: SaveStatus }) {
  const [visible, setVisible] = useState(false);
  const { status } = props;
  useEffect(() => {
    if (status.kind !== 'saved') {
      setVisible(status.kind !== 'idle');
      return;
    }
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), SAVED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const text = !visible
    ? ''
    : status.kind === 'saving'
      ? t('saving')
      : status.kind === 'saved'
        ? t('saved')
        : status.kind === 'error'
          ? t('notSaved', status.message)
          : '';
  return (
    <>
      <p class="status" role="status" aria-live="polite" data-state={visible ? status.kind : 'idle'}>
        {status.kind === 'error' ? '' : text}
      </p>
      <p class="status error" role="alert">
        {status.kind === 'error' ? text : ''}
      </p>
    </>
  );
}

function Notices(props: {
  title: string;
  notices: SettingsNotice[];
  onDismiss: () => void;
  focusOnShow?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (props.focusOnShow && props.notices.length > 0) box.current?.focus();
  }, [props.notices]);
  if (props.notices.length === 0) return null;
  return (
    <div class="notices" role="region" aria-labelledby={titleId} tabIndex={-1} ref={box}>
      <h2 id={titleId}>{props.title}</h2>
      <ul>
        {props.notices.map((n, i) => (
          <li key={i}>{settingsNoticeText(n)}</li>
        ))}
      </ul>
      <p class="hint">{t('noticesOthersUnchanged')}</p>
      <button type="button" onClick={props.onDismiss}>
        {t('ok')}
      </button>
    </div>
  );
}

/** A whole number typed by the reader: saved while valid, with a message while not. */
function WholeNumber(props: {
  id: string;
  label: string;
  hint: string;
  range: { min: number; max: number };
  value: number;
  onChange: (n: number) => void;
}) {
  const [text, setText] = useState(String(props.value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(String(props.value));
  }, [props.value, focused]);
  const n = Number(text);
  const valid = /^\s*\d+\s*$/.test(text) && n >= props.range.min && n <= props.range.max;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <p id={`${props.id}-hint`} class="hint">
        {props.hint}
      </p>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.range.min}
        max={props.range.max}
        step={1}
        value={text}
        aria-invalid={valid ? undefined : 'true'}
        aria-describedby={`${props.id}-message ${props.id}-hint`}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLInputElement).value;
          setText(next);
          const value = Number(next);
          if (/^\s*\d+\s*$/.test(next) && value >= props.range.min && value <= props.range.max)
            props.onChange(value);
        }}
      />
      <p
        id={`${props.id}-message`}
        class={valid ? 'field-message' : 'field-message error'}
        aria-live="polite"
      >
        {valid ? '' : t('wholeNumberInvalid', props.range.min, props.range.max, props.value)}
      </p>
    </div>
  );
}

function seconds(ms: number): string {
  const s = ms / 1000;
  const secondsText = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 }).format(s);
  return tForm('hoverDelayValue', s, String(ms), secondsText);
}

function HoverDelay(props: {
  value: number;
  disabled: boolean;
  onInput: (ms: number) => void;
  onCommit: () => void;
}) {
  const { min, max } = HOVER_DELAY_RANGE;
  return (
    <div class="field">
      <label htmlFor="hover-delay">{t('hoverDelay')}</label>
      <div class="row">
        <input
          id="hover-delay"
          type="range"
          min={min}
          max={max}
          step={50}
          value={props.value}
          disabled={props.disabled}
          aria-valuetext={seconds(props.value)}
          aria-describedby="hover-delay-hint"
          onInput={(e) => props.onInput(Number((e.currentTarget as HTMLInputElement).value))}
          onChange={props.onCommit}
        />
        <output for="hover-delay" class="value">
          {seconds(props.value)}
        </output>
      </div>
      <p class="hint" id="hover-delay-hint">
        {props.disabled ? t('hoverDelayUnused') : t('hoverDelayHint')}
      </p>
    </div>
  );
}

/** A language's name in the reader's language ('Italiano' is 'Italian' in English), by Intl. */
function languageName(code: string): string {
  const name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(uiLanguage()) + name.slice(1);
}

/** The card's language: the page's (default), the browser's, or one chosen here. */
function CardLanguage(props: {
  value: Settings['cardLanguage'];
  onChange: (value: Settings['cardLanguage']) => void;
}) {
  const fixed = props.value !== 'page' && props.value !== 'browser';
  const [chosen, setChosen] = useState<(typeof CARD_LANGUAGES)[number]>(
    fixed ? (props.value as (typeof CARD_LANGUAGES)[number]) : 'en',
  );
  return (
    <div class="field">
      <RadioGroup
        name="card-language"
        legend={t('cardLanguage')}
        hint={t('cardLanguageHint')}
        value={fixed ? 'fixed' : props.value}
        onChange={(mode) => props.onChange(mode === 'fixed' ? chosen : mode)}
        choices={[
          { value: 'page', label: t('cardLanguagePage') },
          { value: 'browser', label: t('cardLanguageBrowser') },
          { value: 'fixed', label: t('cardLanguageFixed') },
        ]}
      />
      <select
        aria-label={t('cardLanguageFixed')}
        value={chosen}
        disabled={!fixed}
        onChange={(e) => {
          const code = e.currentTarget.value as (typeof CARD_LANGUAGES)[number];
          setChosen(code);
          props.onChange(code);
        }}
      >
        {CARD_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {new Intl.DisplayNames([code], { type: 'language' }).of(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
