import { useId, useRef, useState } from 'preact/hooks';
import { MAX_SITES } from '../../core/settings';
import { checkSitePattern } from '../../core/site-patterns';
import { t } from '../../utils/i18n';
import { sitePatternProblemText } from '../../utils/settings-text';

/** What the rule will match, in words, for a valid pattern. */
function describe(pattern: string): string {
  return pattern.startsWith('*.') ? t('siteAndSubdomains', pattern.slice(2)) : t('siteOnly', pattern);
}

/**
 * One list of site rules: a text field checked as the reader types, an Add button, and the sites with
 * a Remove button each. `onChange` returns an error message when the new list cannot be saved.
 */
export function SiteList(props: {
  id: string;
  title: string;
  hint: string;
  empty: string;
  sites: string[];
  /** Whether one more site fits (the settings stay inside what the browser's sync storage holds). */
  fits: (sites: string[]) => boolean;
  onChange: (sites: string[]) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const hintId = useId();
  const messageId = useId();

  const check = text.trim() === '' ? null : checkSitePattern(text);
  const typedMessage = check && !check.ok ? sitePatternProblemText(check.problem) : null;
  const message = problem ?? (typedMessage && (tried || text.length > 2) ? typedMessage : null);
  const preview = check?.ok ? t('siteMatches', describe(check.pattern)) : null;

  const add = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    const result = checkSitePattern(text);
    if (!result.ok) {
      setProblem(sitePatternProblemText(result.problem));
      input.current?.focus();
      return;
    }
    if (props.sites.includes(result.pattern)) {
      setProblem(t('siteAlreadyListed', result.pattern));
      input.current?.focus();
      return;
    }
    const next = [...props.sites, result.pattern];
    if (next.length > MAX_SITES || !props.fits(next)) {
      setProblem(t('siteListFull'));
      return;
    }
    await props.onChange(next);
    setText('');
    setTried(false);
    setProblem(null);
    input.current?.focus();
  };

  const remove = async (site: string, index: number) => {
    await props.onChange(props.sites.filter((s) => s !== site));
    // Keep the keyboard in the list: the next Remove button, or the text field when the list is empty.
    const buttons = listRef.current?.querySelectorAll('button');
    const target = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
    (target ?? input.current)?.focus();
  };

  return (
    <div class="site-list" id={props.id}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p class="hint" id={hintId}>
        {props.hint}
      </p>
      <form class="add-site" onSubmit={add} noValidate>
        <label htmlFor={`${props.id}-input`}>{t('addSite')}</label>
        <div class="row">
          <input
            ref={input}
            id={`${props.id}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('addSitePlaceholder')}
            value={text}
            aria-invalid={message ? 'true' : undefined}
            aria-describedby={`${messageId} ${hintId}`}
            onInput={(e) => {
              setText((e.currentTarget as HTMLInputElement).value);
              setProblem(null);
            }}
          />
          <button type="submit">{t('add')}</button>
        </div>
        <p id={messageId} class={message ? 'field-message error' : 'field-message'} aria-live="polite">
          {message ?? preview ?? ''}
        </p>
      </form>
      {props.sites.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <ul class="sites" ref={listRef} aria-labelledby={`${props.id}-title`}>
          {props.sites.map((site, index) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="remove"
                aria-label={t('removeSite', site)}
                onClick={() => void remove(site, index)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
