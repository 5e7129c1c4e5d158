import { useState } from 'preact/hooks';
import { readableShortcut } from '../../core/shortcut-keys';
import type { PageMention } from './types';
import { t, tCount, tParts } from '../../utils/i18n';

export interface MentionListProps {
  /** every mention on the page (highlighted or not) */
  mentions: readonly PageMention[];
  onChoose: (mention: PageMention) => void;
  /** the mention being revealed, if any (its button is busy) */
  busyKey?: string | null;
  /** the keys for the next and previous mention, as the browser reports them ('' if unset) */
  shortcuts?: { next: string; previous: string } | null;
}

/** The keyboard shortcuts that step through the mentions on the page, when the browser has them set. */
function StepKeys({ next, previous }: { next: string; previous: string }) {
  if (!next && !previous) return null;
  return (
    <p class="small muted step-keys">
      {next ? <>{tParts('stepNextKey', <kbd>{readableShortcut(next)}</kbd>)} </> : null}
      {previous ? <>{tParts('stepPreviousKey', <kbd>{readableShortcut(previous)}</kbd>)}</> : null}
    </p>
  );
}

/**
 * The page's mentions, each a button with a short snippet around the term. Mentions past the highlight
 * limit are counted ("N more not highlighted") and can be listed too.
 */
export function MentionList({ mentions, onChoose, busyKey, shortcuts }: MentionListProps) {
  const [showAll, setShowAll] = useState(false);
  const highlighted = mentions.filter((m) => m.highlighted);
  const notHighlighted = mentions.length - highlighted.length;
  const shown = showAll ? mentions : highlighted;
  return (
    <div class="mentions">
      <p class="mentions-count" aria-live="polite">
        {tCount('mentionCount', mentions.length)}
      </p>
      {shown.length > 0 && <p class="small muted">{t('chooseMention')}</p>}
      {shown.length > 0 && shortcuts ? <StepKeys {...shortcuts} /> : null}
      <ol class="mention-list">
        {shown.map((m) => (
          <li key={m.key}>
            <button
              type="button"
              class="mention"
              data-mention={m.key}
              aria-busy={busyKey === m.key || undefined}
              onClick={() => onChoose(m)}
            >
              <span class="snippet" lang={m.lang}>
                {m.before}
                <mark>{m.text}</mark>
                {m.after}
              </span>
              {(m.frameId !== 0 || !m.highlighted) && (
                <span class="mention-tags">
                  {[m.frameId !== 0 && t('inEmbeddedFrame'), !m.highlighted && t('notHighlighted')]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
      {notHighlighted > 0 && (
        <p class="not-highlighted">
          {t('moreNotHighlighted', notHighlighted)}{' '}
          <button
            type="button"
            class="link-button"
            aria-expanded={showAll}
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? t('listOnlyHighlighted') : t('listThemToo')}
          </button>
        </p>
      )}
    </div>
  );
}
