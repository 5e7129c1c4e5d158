import type { ComponentChildren } from 'preact';
import { Section } from '../options/controls';

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
          <h1>Welcome to CCSVI Evidence Context</h1>
        </div>
      </header>
      <main class="page welcome">
        <p class="lead">
          Some web pages still call CCSVI and the “Liberation Procedure” a hopeful treatment for MS. This
          extension marks those words on the page you read. It then shows what the strongest research later
          found.
        </p>
        {props.hostAccess === false && (
          <section class="section notice" aria-labelledby="access-title">
            <h2 id="access-title">One step left: let it read pages</h2>
            <p>
              Your browser asks you first. The extension reads pages only inside your browser, to find these
              words.
            </p>
            <button type="button" class="primary" onClick={props.onGrantAccess}>
              Allow it to read pages
            </button>
            {props.accessRefused && (
              <p class="hint" role="status">
                The browser did not give access. You can also use privacy mode: pages are then read only when
                you click the toolbar button.
              </p>
            )}
          </section>
        )}
        <Section id="try" title="Try it here">
          <p>This sample is marked the way pages will be.</p>
          <blockquote class="sample">
            <p id={SAMPLE_ID}>
              Many news stories once said that CCSVI, a problem with the neck veins, could cause MS. They said
              the Liberation Procedure could treat it.
            </p>
          </blockquote>
          <p>On a page, resting the pointer on a marked word opens this card beside it:</p>
          {props.card}
        </Section>
        <Section id="promise" title="What it does, and what it does not do">
          <ul class="plain-list">
            <li>It marks the words without changing the page’s text.</li>
            <li>It reads pages only inside your browser. It sends nothing anywhere and collects no data.</li>
            <li>It is not medical advice. Please talk to your MS team about your treatment.</li>
          </ul>
        </Section>
        <Section id="off" title="Turn it off on a site">
          <p>
            Click the extension’s button in the toolbar. Then switch off{' '}
            <strong>Highlight on this site</strong>. You can also list sites in the settings, or use privacy
            mode there.
          </p>
          <button type="button" onClick={props.onOpenOptions}>
            Open the settings
          </button>
        </Section>
        {props.shortcuts}
      </main>
    </>
  );
}
