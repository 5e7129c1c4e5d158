import type { TargetedKeyboardEvent } from 'preact';
import { readableShortcut } from '../../core/shortcut-keys';
import { Gloss } from './Gloss';
import type { CardContent, CardLink, CardSubject } from './types';

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
  /** "This page is from March 2011. Since then, …": shown when the page predates the decisive evidence */
  pageAge?: string | null;
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

function BasedOn({ links }: { links: readonly CardLink[] }) {
  if (links.length === 0) return null;
  return (
    <div class="based">
      Based on:{' '}
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
      lang="en"
      onKeyDown={onKeyDown}
    >
      <div class="top">
        <h2 class="title" id={titleId}>
          <span class="eyebrow">Evidence check </span>
          {content ? content.subjects[props.subject ?? 'condition'] : 'what the evidence says'}
        </h2>
        <button
          type="button"
          class="close"
          aria-label="Close"
          title="Close (Esc)"
          onClick={() => props.onClose()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {!hidden && props.pageAge ? <p class="age">{props.pageAge}</p> : null}
      {hidden ? null : content ? (
        <>
          <p class="verdict" id={verdictId}>
            {content.verdict.text}
          </p>
          <Gloss items={content.verdict.gloss} />
          <BasedOn links={content.verdict.basedOn} />
          {/* The next step right under the verdict: at 200% zoom both show before anything scrolls. */}
          <WhatThisMeans means={content.whatThisMeans} idPrefix={idPrefix} />
          <ul class="list points" aria-label="Key points">
            {content.keyPoints.map((point) => (
              <li key={point.text}>
                {point.text}
                <Gloss items={point.gloss} />
              </li>
            ))}
          </ul>
        </>
      ) : props.loadState === 'error' ? (
        <p class="loading" role="status">
          The evidence summary could not be loaded.{' '}
          {props.onRetry ? (
            <button type="button" class="btn" onClick={() => props.onRetry?.()}>
              Try again
            </button>
          ) : null}
        </p>
      ) : (
        <p class="loading" role="status">
          Loading the evidence summary…
        </p>
      )}
      {hidden ? null : (
        <div class="actions">
          <button type="button" class="btn primary" onClick={() => props.onFullView()}>
            See all the studies and the timeline
          </button>
          {props.site && !props.siteOff ? (
            <button
              type="button"
              class="link"
              onClick={() => props.onNeverOnSite()}
              title={`Stop highlighting on ${props.site}`}
            >
              Don’t highlight on this site
            </button>
          ) : null}
        </div>
      )}
      <div role="status" class="status">
        {hidden ? (
          <>
            {props.notAboutText ? `“${props.notAboutText.replace(/\s+/g, ' ').trim()}”` : 'This mention'} is
            no longer highlighted on this page.
            <button type="button" class="btn" onClick={() => props.onUndoNotAbout?.()}>
              Undo
            </button>
          </>
        ) : null}
        {props.site && props.siteOff ? (
          <>
            Highlighting is off on {props.site}.
            <button type="button" class="btn" onClick={() => props.onUndoNeverOnSite()}>
              Undo
            </button>
          </>
        ) : null}
        {props.notice ? <span>{props.notice}</span> : null}
      </div>
      {hidden ? null : (
        <p class="meta">
          {content ? <>Evidence last reviewed {content.lastReviewedLabel}. </> : null}
          <kbd>Esc</kbd> closes this card.
          {shortcuts?.next ? (
            <>
              {' '}
              <kbd>{readableShortcut(shortcuts.next)}</kbd> goes to the next mention.
            </>
          ) : null}
          {/* On the last line's free end, so the card grows no taller. */}
          {props.onNotAbout ? (
            <button type="button" class="link notabout" onClick={() => props.onNotAbout?.()}>
              Not about CCSVI?
            </button>
          ) : null}
        </p>
      )}
    </div>
  );
}
