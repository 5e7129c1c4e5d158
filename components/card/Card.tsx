import type { TargetedKeyboardEvent } from 'preact';
import { EvidencePicture } from './EvidencePicture';
import { Gloss } from './Gloss';
import type { CardContent, CardLink } from './types';

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
  onClose(): void;
  onFullView(): void;
  onNeverOnSite(): void;
  onUndoNeverOnSite(): void;
  onSettings(): void;
  onRetry?(): void;
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

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
            <BasedOn links={point.basedOn} />
          </li>
        ))}
      </ul>
      <p class="advice">{means.disclaimer}</p>
    </section>
  );
}

/**
 * The hover card: what the evidence on a topic showed, in one glance (verdict and picture), then
 * the key points with their sources, key studies, and actions. A non-modal dialog named by its title.
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
    }
  };
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
        <span class="eyebrow">Evidence check</span>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={() => props.onClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 class="title" id={titleId}>
        {content ? content.name : 'What the evidence says'}
      </h2>
      {content ? (
        <>
          <p class="verdict" id={verdictId}>
            {content.verdict.text}
          </p>
          <Gloss items={content.verdict.gloss} />
          <BasedOn links={content.verdict.basedOn} />
          {content.whatThisMeans ? <WhatThisMeans means={content.whatThisMeans} idPrefix={idPrefix} /> : null}
          <EvidencePicture picture={content.picture} idPrefix={idPrefix} />
          <section class="section" aria-labelledby={`${idPrefix}-points`}>
            <h3 class="h" id={`${idPrefix}-points`}>
              Key points
            </h3>
            <ul class="list points">
              {content.keyPoints.map((point) => (
                <li key={point.text}>
                  {point.text}
                  <Gloss items={point.gloss} />
                  <BasedOn links={point.basedOn} />
                </li>
              ))}
            </ul>
          </section>
          {content.studies.length > 0 ? (
            <section class="section" aria-labelledby={`${idPrefix}-studies`}>
              <h3 class="h" id={`${idPrefix}-studies`}>
                Key studies
              </h3>
              <ul class="list studies">
                {content.studies.map((study) => (
                  <li key={study.href}>
                    <a href={study.href} {...external}>
                      {study.label}
                    </a>{' '}
                    <span class="cite">
                      ({study.citation}
                      {study.linkKind !== 'Source' ? `, ${study.linkKind}` : ''})
                    </span>
                    : {study.conclusion}
                    <Gloss items={study.gloss} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
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
      <div class="actions">
        <button type="button" class="btn primary" onClick={() => props.onFullView()}>
          All studies and timeline
        </button>
        {props.site && !props.siteOff ? (
          <button type="button" class="btn" onClick={() => props.onNeverOnSite()} title={`Stop highlighting on ${props.site}`}>
            Don’t highlight on this site
          </button>
        ) : null}
        <button type="button" class="btn" onClick={() => props.onSettings()}>
          Settings
        </button>
      </div>
      <div role="status" class="status">
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
      {content ? <p class="meta">Last reviewed {content.lastReviewedLabel}</p> : null}
    </div>
  );
}
