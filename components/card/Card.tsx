import type { TargetedKeyboardEvent } from 'preact';
import { readableShortcut } from '../../core/shortcut-keys';
import { enCard } from '../../data/ccsvi/text/en-card';
import { Gloss } from './Gloss';
import { cardLabels, pageAgeCoversTrials, pageAgeFor, type CardLabels } from './labels';
import type { CardContent, CardLink, CardSubject } from './types';

/** What the card says before its content (and its language) has come: in the browser's language. */
export interface CardStatusText {
  lang: string;
  loading: string;
  loadFailed: string;
  tryAgain: string;
}

const ENGLISH_LABELS = cardLabels(enCard);
const ENGLISH_STATUS: CardStatusText = {
  lang: 'en',
  loading: 'Loading the evidence summary…',
  loadFailed: 'The evidence summary could not be loaded.',
  tryAgain: 'Try again',
};

export type CardTheme = 'system' | 'light' | 'dark';

export interface CardProps {
  /** null while the content is on its way (or could not be had) */
  content: CardContent | null;
  /** 'error': the content could not be loaded; a retry button calls onRetry */
  loadState: 'loading' | 'ready' | 'error';
  theme: CardTheme;
  /** the site "Don't highlight on this site" applies to; null hides that action */
  site: string | null;
  /** after "Don't highlight on this site": a confirmation with an undo button replaces the action */
  siteOff?: boolean;
  /** a short message after an action failed */
  notice?: string | null;
  /** prefix for element ids (unique per card) */
  idPrefix?: string;
  /** which kind of term the mention is (the idea, or the treatment) */
  subject?: CardSubject;
  /** after "Not about CCSVI?": the mention is hidden; the card is then a short confirmation with Undo */
  notAboutHidden?: boolean;
  /** the mention's text, as the confirmation names it */
  notAboutText?: string;
  onClose(): void;
  onFullView(): void;
  onNeverOnSite(): void;
  onUndoNeverOnSite(): void;
  /** "Not about CCSVI?": hide this mention (and the same text on this page); absent hides the action */
  onNotAbout?(): void;
  onUndoNotAbout?(): void;
  onRetry?(): void;
  /** the loading and error lines (default: English) */
  status?: CardStatusText;
  /** the page's date, once read: a page older than the decisive trials says so */
  pageDate?: { date: string; updated: boolean } | null;
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/**
 * Keeps Tab and Shift+Tab inside the card: from its last control to its first and back, so keyboard
 * focus never drops to the page behind it. Escape is the way out.
 */
function trapTab(event: TargetedKeyboardEvent<HTMLElement>): void {
  const card = event.currentTarget;
  const stops = Array.from(card.querySelectorAll<HTMLElement>('a[href], button:not([disabled])'));
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) {
    event.preventDefault();
  } else if (event.shiftKey && (active === first || active === card)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

function BasedOn({ links, label }: { links: readonly CardLink[]; label: string }) {
  if (links.length === 0) return null;
  return (
    <div class="based">
      {label}{' '}
      <ul class="srcs">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} {...external}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "What this means for you", right under the verdict: attributed points and a plain "not medical advice". */
function WhatThisMeans({ means, idPrefix }: { means: CardContent['whatThisMeans']; idPrefix: string }) {
  return (
    <section class="section" aria-labelledby={`${idPrefix}-means`}>
      <h3 class="h" id={`${idPrefix}-means`}>
        {means.heading}
      </h3>
      <ul class="list mpts">
        {means.points.map((point) => (
          <li key={point.text}>
            {point.text}
            <Gloss items={point.gloss} />
          </li>
        ))}
      </ul>
      <p class="advice">{means.disclaimer}</p>
    </section>
  );
}

/**
 * The hover card, one screen: which term this is, the verdict with the trials it rests on, a few key
 * points, what this means for the reader, when the evidence was reviewed, and the way to everything
 * else (the full view). A non-modal dialog named by its title.
 */
export function Card(props: CardProps) {
  const { content, idPrefix = 'fc-card' } = props;
  const titleId = `${idPrefix}-title`;
  const verdictId = `${idPrefix}-verdict`;
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onClose();
    } else if (event.key === 'Tab') {
      trapTab(event);
    }
  };
  const hidden = props.notAboutHidden === true;
  const shortcuts = content?.shortcuts;
  const labels: CardLabels = content?.labels ?? ENGLISH_LABELS;
  const status = props.status ?? ENGLISH_STATUS;
  const pageAge = content ? pageAgeFor(content.pageAge, props.pageDate, content.lang) : null;
  // The age line then says what all the trials found: the key point saying it again is left out.
  const coversTrials =
    pageAge !== null && content !== null && pageAgeCoversTrials(content.pageAge, props.pageDate);
  return (
    // A dialog handles its own Escape key.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={content ? verdictId : undefined}
      tabIndex={-1}
      data-theme={props.theme}
      dir="ltr"
      lang={content?.lang ?? 'en'}
      onKeyDown={onKeyDown}
    >
      <div class="top">
        <h2 class="title" id={titleId}>
          <span class="eyebrow">{labels.eyebrow} </span>
          {content ? content.subjects[props.subject ?? 'condition'] : labels.titleLoading}
        </h2>
        <button
          type="button"
          class="close"
          aria-label={labels.close}
          title={labels.closeHint}
          onClick={() => props.onClose()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {!hidden && pageAge ? <p class="age">{pageAge}</p> : null}
      {hidden ? null : content ? (
        <>
          <p class="verdict" id={verdictId}>
            {content.verdict.text}
          </p>
          <Gloss items={content.verdict.gloss} />
          <BasedOn links={content.verdict.basedOn} label={labels.basedOn} />
          {/* The next step right under the verdict: at 200% zoom both show before anything scrolls. */}
          <WhatThisMeans means={content.whatThisMeans} idPrefix={idPrefix} />
          <ul class="list points" aria-label={labels.keyPoints}>
            {content.keyPoints
              .filter((point) => !(coversTrials && point.sameAsPageAge))
              .map((point) => (
                <li key={point.text}>
                  {point.text}
                  <Gloss items={point.gloss} />
                </li>
              ))}
          </ul>
        </>
      ) : props.loadState === 'error' ? (
        <p class="loading" role="status" lang={status.lang}>
          {status.loadFailed}{' '}
          {props.onRetry ? (
            <button type="button" class="btn" onClick={() => props.onRetry?.()}>
              {status.tryAgain}
            </button>
          ) : null}
        </p>
      ) : (
        <p class="loading" role="status" lang={status.lang}>
          {status.loading}
        </p>
      )}
      {hidden ? null : (
        <div class="actions">
          <button type="button" class="btn primary" onClick={() => props.onFullView()}>
            {labels.fullView}
          </button>
          {props.site && !props.siteOff ? (
            <button
              type="button"
              class="link"
              onClick={() => props.onNeverOnSite()}
              title={`${labels.neverOnSiteHint.before}${props.site}${labels.neverOnSiteHint.after}`}
            >
              {labels.neverOnSite}
            </button>
          ) : null}
        </div>
      )}
      <div role="status" class="status">
        {hidden ? (
          <>
            {props.notAboutText ? `“${props.notAboutText.replace(/\s+/g, ' ').trim()}”: ` : ''}
            {labels.mentionHidden}
            <button type="button" class="btn" onClick={() => props.onUndoNotAbout?.()}>
              {labels.undo}
            </button>
          </>
        ) : null}
        {props.site && props.siteOff ? (
          <>
            {labels.siteOff.before}
            {props.site}
            {labels.siteOff.after}
            <button type="button" class="btn" onClick={() => props.onUndoNeverOnSite()}>
              {labels.undo}
            </button>
          </>
        ) : null}
        {props.notice ? <span>{props.notice}</span> : null}
      </div>
      {hidden ? null : (
        <p class="meta">
          {content ? <>{content.lastReviewedLabel} </> : null}
          {labels.escCloses.before}
          <kbd>Esc</kbd>
          {labels.escCloses.after}
          {shortcuts?.next ? (
            <>
              {' '}
              {labels.nextMention.before}
              <kbd>{readableShortcut(shortcuts.next)}</kbd>
              {labels.nextMention.after}
            </>
          ) : null}
          {/* On the last line's free end, so the card grows no taller. */}
          {props.onNotAbout ? (
            <button type="button" class="link notabout" onClick={() => props.onNotAbout?.()}>
              {labels.notAbout}
            </button>
          ) : null}
        </p>
      )}
    </div>
  );
}
