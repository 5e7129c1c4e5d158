import { useEffect, useState } from 'preact/hooks';
import { hiddenMentionsFile, hiddenSummary, today, type HiddenMention } from '../../core/hidden-mentions';
import {
  clearHiddenMentions,
  loadHiddenMentions,
  watchHiddenMentionsList,
} from '../../utils/hidden-mentions-store';

// English for now: this section's words are not in the interface messages yet.
const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
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
      () => setResult({ ok: true, text: 'Every hidden mention is highlighted again.' }),
      () => setResult({ ok: false, text: 'That did not work. Please try again.' }),
    );
  };
  return (
    <Section
      id="hidden-mentions"
      title="Mentions you hid"
      intro="On the card, “Not about CCSVI?” hides a mention that is about something else. It stays hidden on that page."
    >
      <p class="hidden-count">
        {!summary
          ? 'Reading the list…'
          : none
            ? 'You have not hidden any mention.'
            : `You hid ${plural(summary.mentions, 'word or phrase', 'words or phrases')} on ${plural(summary.pages, 'page')}.`}
      </p>
      <p class="hint">
        The list stays on this device. Nothing is sent anywhere by itself. You may save it as a file and share
        it if you wish, for example to report a wrong highlight.
      </p>
      <div class="buttons">
        <button type="button" disabled={none} onClick={props.onSave}>
          Save the list to a file
        </button>
        <button type="button" disabled={none} onClick={clear}>
          Highlight them all again
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
