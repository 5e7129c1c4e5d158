import { useRef, useState } from 'preact/hooks';
import { cloneSettings, DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { SettingsNotice } from '../../core/settings-check';
import { parseSettingsFile, SETTINGS_FILE_LIMIT, settingsFile } from '../../core/settings-file';
import { Section } from './controls';
import { t } from '../../utils/i18n';
import { settingsNoticeText } from '../../utils/settings-text';

export const EXPORT_FILE_NAME = 'ccsvi-context-settings.json';

/** Starts a download of `text` as a file, through a Blob URL and a temporary <a download>. */
export function downloadText(text: string, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; give the browser a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * What an imported file changes. Privacy mode is never turned off by a file: that needs the browser's
 * permission, asked for by a click in the Privacy section. Turning it on is kept.
 */
export function importedSettings(
  current: Settings,
  text: string,
): { settings: Settings | null; notices: SettingsNotice[] } {
  const parsed = parseSettingsFile(text, current);
  if (!parsed.usable) return { settings: null, notices: parsed.notices };
  const notices = [...parsed.notices];
  const settings = parsed.settings;
  if (current.privacyMode && !settings.privacyMode) {
    settings.privacyMode = true;
    notices.push({ field: 'privacyMode', text: { kind: 'privacyFileOff' } });
  }
  return { settings, notices };
}

/** Defaults, except privacy mode, which a reset never changes behind the reader's back. */
export function resetSettings(current: Settings): Settings {
  return { ...cloneSettings(DEFAULT_SETTINGS), privacyMode: current.privacyMode };
}

export function BackupSection(props: {
  settings: Settings;
  replace: (settings: Settings) => Promise<void>;
  onImportNotices: (notices: SettingsNotice[]) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Checked before reading: a huge file is not read into memory at all.
    if (file.size > SETTINGS_FILE_LIMIT) {
      setResult({
        ok: false,
        text: t('fileTooLarge'),
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setResult({ ok: false, text: t('fileUnreadable') });
      return;
    }
    const { settings, notices } = importedSettings(props.settings, text);
    if (!settings) {
      setResult({ ok: false, text: notices[0] ? settingsNoticeText(notices[0]) : t('nothingImported') });
      return;
    }
    await props.replace(settings);
    props.onImportNotices(notices);
    setResult({
      ok: true,
      text: notices.length === 0 ? t('imported', file.name) : t('importedWithNotes', file.name),
    });
  };

  const reset = async () => {
    setConfirming(false);
    await props.replace(resetSettings(props.settings));
    setResult({ ok: true, text: t('resetDone') });
    resetButton.current?.focus();
  };

  return (
    <Section id="backup" title={t('sectionBackup')}>
      <div class="buttons">
        <button type="button" onClick={() => downloadText(settingsFile(props.settings), EXPORT_FILE_NAME)}>
          {t('saveToFile')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('loadFromFile')}
        </button>
        <input
          ref={fileInput}
          id="import-file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={onFile}
        />
      </div>
      <p class="hint">{t('backupHint')}</p>
      {!confirming ? (
        <button type="button" ref={resetButton} class="danger" onClick={() => setConfirming(true)}>
          {t('resetAll')}
        </button>
      ) : (
        <div class="confirm" role="group" aria-label={t('confirmReset')}>
          <p>{t('resetQuestion')}</p>
          <div class="buttons">
            {/* Focus moves to the question that just replaced the button the reader pressed. */}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
            <button type="button" class="danger" onClick={() => void reset()} autoFocus>
              {t('yesReset')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => resetButton.current?.focus(), 0);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p class={result && !result.ok ? 'field-message error' : 'field-message'} role="status">
        {result?.text ?? ''}
      </p>
    </Section>
  );
}
