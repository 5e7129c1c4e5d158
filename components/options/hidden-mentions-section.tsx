import { useEffect, useState } from 'preact/hooks';
import { hiddenMentionsFile, hiddenSummary, today, type HiddenMention } from '../../core/hidden-mentions';
import {
  clearHiddenMentions,
  loadHiddenMentions,
  watchHiddenMentionsList,
} from '../../utils/hidden-mentions-store';
import { t, tCount } from '../../utils/i18n';
import { downloadText } from './backup-section';
import { Section } from './controls';

export const HIDDEN_FILE_NAME = 'ccsvi-context-hidden-mentions.json';

/** The mentions hidden with "Not about CCSVI?", kept current as cards add to them. null: not read yet. */
export function useHiddenMentions(): HiddenMention[] | null {
  const [records, setRecords] = useState<HiddenMention[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadHiddenMentions().then((loaded) => live && setRecords(loaded));
    const unwatch = watchHiddenMentionsList((next) => live && setRecords(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return records;
}

/**
 * How many texts the reader hid (each hides every mention with that text on its page), on how many
 * pages; highlight them again, or save them to a file.
 */
export function HiddenMentionsView(props: {
  records: readonly HiddenMention[] | null;
  onClear: () => Promise<void>;
  onSave: () => void;
}) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const { records } = props;
  const summary = records ? hiddenSummary(records) : null;
  const none = !summary || summary.mentions === 0;
  const clear = () => {
    props.onClear().then(
      () => setResult({ ok: true, text: t('hiddenCleared') }),
      () => setResult({ ok: false, text: t('actionFailed') }),
    );
  };
  return (
    <Section id="hidden-mentions" title={t('sectionHidden')} intro={t('hiddenIntro')}>
      <p class="hidden-count">
        {!summary
          ? t('hiddenReading')
          : none
            ? t('hiddenNone')
            : t(
                'hiddenSummary',
                tCount('hiddenWords', summary.mentions),
                tCount('hiddenPages', summary.pages),
              )}
      </p>
      <p class="hint">{t('hiddenHint')}</p>
      <div class="buttons">
        <button type="button" disabled={none} onClick={props.onSave}>
          {t('hiddenSave')}
        </button>
        <button type="button" disabled={none} onClick={clear}>
          {t('hiddenClear')}
        </button>
      </div>
      <p class={result && !result.ok ? 'field-message error' : 'field-message'} role="status">
        {result?.text ?? ''}
      </p>
    </Section>
  );
}

export function HiddenMentionsSection() {
  const records = useHiddenMentions();
  return (
    <HiddenMentionsView
      records={records}
      onClear={clearHiddenMentions}
      onSave={() => records && downloadText(hiddenMentionsFile(records, today()), HIDDEN_FILE_NAME)}
    />
  );
}
