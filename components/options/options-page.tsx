import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  HOVER_DELAY_RANGE,
  LANGUAGES,
  MAX_HIGHLIGHTS_RANGE,
  SETTINGS_SIZE_LIMIT,
  settingsSize,
  type Settings,
  type SettingsNotice,
} from '../../core/settings';
import { ccsviTopic } from '../../data';
import { formatDate } from '../topic/format';
import { BackupSection } from './backup-section';
import { Checkbox, RadioGroup, Section } from './controls';
import { HiddenMentionsSection } from './hidden-mentions-section';
import { PrivacySection } from './privacy-section';
import { ShortcutsSection } from './shortcuts-section';
import { SiteList } from './site-list';
import { useSettings, type SaveStatus } from './use-settings';

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
          <h1>CCSVI Evidence Context: settings</h1>
          <StatusLine status={editor.status} />
        </div>
      </header>
      <main class="page">
        <p class="lead">Changes are saved as soon as you make them and apply to open pages straight away.</p>
        <Notices
          title="Some saved settings could not be used"
          notices={editor.notices}
          onDismiss={() => editor.setNotices([])}
        />
        <Notices
          title="Notes about the imported file"
          notices={importNotices}
          onDismiss={() => setImportNotices([])}
          focusOnShow
        />
        {settings === null ? (
          <p>Loading your settings…</p>
        ) : (
          <Sections settings={settings} editor={editor} onImportNotices={setImportNotices} />
        )}
      </main>
      <footer class="page about">
        <p class="hint">
          {props.extensionVersion && (
            <>CCSVI Evidence Context, extension version {props.extensionVersion}. </>
          )}
          Evidence set {ccsviTopic.version}, last reviewed{' '}
          <time dateTime={ccsviTopic.lastReviewed}>{formatDate(ccsviTopic.lastReviewed)}</time>.
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
      <Section id="highlighting" title="Highlighting">
        <Checkbox
          label="Highlight mentions of CCSVI and the “Liberation Procedure”"
          hint="When this is off, nothing is highlighted or counted on any page."
          checked={settings.enabled}
          onChange={(enabled) => void change({ enabled })}
        />
        <RadioGroup
          name="highlight-style"
          legend="How highlights look"
          value={settings.highlightStyle}
          onChange={(highlightStyle) => void change({ highlightStyle })}
          choices={[
            { value: 'underline', label: 'Dotted underline', sample: <Sample kind="underline" /> },
            { value: 'background', label: 'Coloured background', sample: <Sample kind="background" /> },
            {
              value: 'none',
              label: 'No highlight',
              hint: 'Mentions are only counted on the toolbar button and listed in its popup.',
            },
          ]}
        />
        <RadioGroup
          name="highlight-scope"
          legend="Which mentions to highlight"
          hint="Every mention is still counted and listed in the popup."
          value={settings.highlightScope}
          onChange={(highlightScope) => void change({ highlightScope })}
          choices={[
            { value: 'all', label: 'Every mention' },
            { value: 'first-per-paragraph', label: 'The first mention in each paragraph' },
            { value: 'first-on-page', label: 'Only the first mention on the page' },
          ]}
        />
        <WholeNumber
          id="max-highlights"
          label="Most highlights on one page"
          hint={`From ${MAX_HIGHLIGHTS_RANGE.min} to ${MAX_HIGHLIGHTS_RANGE.max}. On very long pages, fewer highlights keep the page quick.`}
          range={MAX_HIGHLIGHTS_RANGE}
          value={settings.maxHighlights}
          onChange={(maxHighlights) => void change({ maxHighlights }, { gradual: true })}
        />
      </Section>

      <Section
        id="sites"
        title="Sites"
        intro={
          <>
            Type a site as <code>example.com</code> (that address only) or <code>*.example.com</code> (it and
            every address ending in .example.com, such as www.example.com). You can also paste a whole web
            address.
          </>
        }
      >
        <SiteList
          id="never-sites"
          title="Never highlight on these sites"
          hint="These sites are left alone, even if they are also in the list below."
          empty="No sites yet."
          sites={settings.neverSites}
          fits={(neverSites) => fits({ neverSites })}
          onChange={(neverSites) => change({ neverSites })}
        />
        <SiteList
          id="only-sites"
          title="Only highlight on these sites"
          hint="When this list has sites, highlighting happens on them and nowhere else."
          empty="No sites: highlighting happens on every site."
          sites={settings.onlySites}
          fits={(onlySites) => fits({ onlySites })}
          onChange={(onlySites) => change({ onlySites })}
        />
      </Section>

      <Section
        id="card"
        title="The information card"
        intro="The card explains a highlighted mention and what the evidence found."
      >
        <RadioGroup
          name="open-card-on"
          legend="Open the card"
          value={settings.openCardOn}
          onChange={(openCardOn) => void change({ openCardOn })}
          choices={[
            { value: 'hover', label: 'When I rest the pointer on a highlight' },
            { value: 'click', label: 'When I click a highlight' },
          ]}
        />
        <HoverDelay
          value={settings.hoverDelayMs}
          disabled={settings.openCardOn !== 'hover'}
          onInput={(hoverDelayMs) => void change({ hoverDelayMs }, { gradual: true })}
          onCommit={() => void editor.flush()}
        />
      </Section>

      <HiddenMentionsSection />

      <Section id="languages" title="Languages">
        <fieldset class="group columns">
          <legend>Find mentions written in</legend>
          {LANGUAGES.map((language) => (
            <Checkbox
              key={language.code}
              label={language.name}
              checked={settings.languages.includes(language.code)}
              onChange={(on) => {
                const languages = LANGUAGES.map((l) => l.code).filter((c) =>
                  c === language.code ? on : settings.languages.includes(c),
                );
                void change({ languages });
              }}
            />
          ))}
        </fieldset>
        {settings.languages.length === 0 && (
          <p class="field-message error" role="alert">
            No language is chosen, so no mention will be found on any page.
          </p>
        )}
      </Section>

      <Section id="appearance" title="Appearance">
        <RadioGroup
          name="theme"
          legend="Colours of the card, the popup and this page"
          value={settings.theme}
          onChange={(theme) => void change({ theme })}
          choices={[
            { value: 'system', label: 'Same as my system (light or dark)' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
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
      ? 'Saving…'
      : status.kind === 'saved'
        ? 'Saved'
        : status.kind === 'error'
          ? `Not saved: ${status.message}`
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
          <li key={i}>{n.message}</li>
        ))}
      </ul>
      <p class="hint">Your other settings are unchanged.</p>
      <button type="button" onClick={props.onDismiss}>
        OK
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
        {valid
          ? ''
          : `Type a whole number from ${props.range.min} to ${props.range.max}. Until then, ${props.value} is kept.`}
      </p>
    </div>
  );
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${ms} ms (${s.toLocaleString('en', { maximumFractionDigits: 2 })} ${s === 1 ? 'second' : 'seconds'})`;
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
      <label htmlFor="hover-delay">Wait before the card opens</label>
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
        {props.disabled
          ? 'Only used when the card opens as the pointer rests on a highlight.'
          : 'A longer wait keeps the card from opening while you move the pointer across the text. 300 ms is the default.'}
      </p>
    </div>
  );
}
