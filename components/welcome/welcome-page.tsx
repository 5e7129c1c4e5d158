import type { ComponentChildren } from 'preact';
import { Section } from '../options/controls';
import { t, tParts } from '../../utils/i18n';

/** The sample paragraph's id: the entry point highlights the mentions in it with the real matcher. */
export const SAMPLE_ID = 'sample-text';

export interface WelcomePageProps {
  /** null while it is being read; false: the browser has not let the extension read sites yet */
  hostAccess: boolean | null;
  /** the reader refused the browser's prompt */
  accessRefused?: boolean;
  /** the card as it opens on the sample's mention (rendered by the entry point in its own shadow root) */
  card: ComponentChildren;
  /** the keyboard shortcuts section */
  shortcuts: ComponentChildren;
  onGrantAccess(): void;
  onOpenOptions(): void;
}

/**
 * The first-run page: what the extension does and does not do, a sample with a live highlight and
 * its card, how to turn it off on a site, the keyboard shortcuts, and (where the browser asks, as
 * Firefox does) the button that lets it read sites.
 */
export function WelcomePage(props: WelcomePageProps) {
  return (
    <>
      <header class="top">
        <div class="top-inner">
          <h1>{t('welcomeTitle')}</h1>
        </div>
      </header>
      <main class="page welcome">
        <p class="lead">{t('welcomeLead')}</p>
        {props.hostAccess === false && (
          <section class="section notice" aria-labelledby="access-title">
            <h2 id="access-title">{t('welcomeAccessTitle')}</h2>
            <p>{t('welcomeAccessText')}</p>
            <button type="button" class="primary" onClick={props.onGrantAccess}>
              {t('welcomeAllow')}
            </button>
            {props.accessRefused && (
              <p class="hint" role="status">
                {t('welcomeRefused')}
              </p>
            )}
          </section>
        )}
        <Section id="try" title={t('welcomeTry')}>
          <p>{t('welcomeSampleIntro')}</p>
          <blockquote class="sample">
            <p id={SAMPLE_ID}>{t('welcomeSample')}</p>
          </blockquote>
          <p>{t('welcomeSampleCard')}</p>
          {props.card}
        </Section>
        <Section id="promise" title={t('welcomePromise')}>
          <ul class="plain-list">
            <li>{t('welcomePromiseMarks')}</li>
            <li>{t('welcomePromisePrivate')}</li>
            <li>{t('welcomePromiseAdvice')}</li>
          </ul>
        </Section>
        <Section id="off" title={t('welcomeOff')}>
          <p>{tParts('welcomeOffText', <strong>{t('welcomeOffSwitch')}</strong>)}</p>
          <button type="button" onClick={props.onOpenOptions}>
            {t('openSettings')}
          </button>
        </Section>
        {props.shortcuts}
      </main>
    </>
  );
}
