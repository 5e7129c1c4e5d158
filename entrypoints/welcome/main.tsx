import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Card } from '../../components/card/Card';
import { CARD_CSS } from '../../components/card/card-css';
import '../../components/options/options.css';
import { ShortcutsSection } from '../../components/options/shortcuts-section';
import { SAMPLE_ID, WelcomePage } from '../../components/welcome/welcome-page';
import { HIGHLIGHT_CSS } from '../../core/highlight-css';
import { highlightApiOf, MentionHighlights } from '../../core/highlights';
import { createToneOf } from '../../core/page-background';
import { createMatcher } from '../../core/matcher';
import { ccsviTopicIn } from '../../data';
import { localizeDocument, t } from '../../utils/i18n';
import { topicLanguageFor } from '../../utils/topic-language';
import { ccsviTermSet } from '../../data/ccsvi/terms';
import { hasHostAccess, requestHostAccess, watchHostAccess } from '../../utils/host-access';
import { buildCardContent } from '../background/card-content';

/** The card's own stylesheet positions it over a page; here it sits in the flow of the text. */
// Nothing to close here: the sample stays.
const IN_FLOW_CSS =
  ':host{position:static!important;width:auto!important;height:auto!important}.frame{position:static;visibility:visible;max-height:none}.close{display:none}';

function SampleCard() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || el.shadowRoot) return;
    const shadow = el.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS + IN_FLOW_CSS;
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.toggleAttribute('data-open', true);
    shadow.append(style, frame);
    const none = () => undefined;
    render(
      <Card
        content={buildCardContent(ccsviTopicIn(topicLanguageFor()))}
        loadState="ready"
        theme="system"
        site={null}
        onClose={none}
        onNeverOnSite={none}
        onUndoNeverOnSite={none}
        onFullView={() =>
          void browser.tabs.create({
            url: `${browser.runtime.getURL('/popup.html')}?view=full&lang=${topicLanguageFor()}`,
          })
        }
      />,
      frame,
    );
  }, []);
  return <div class="sample-card" ref={host} />;
}

/** Marks the sample's mentions with the same matcher and highlight registry the pages get. */
function highlightSample(): void {
  const paragraph = document.getElementById(SAMPLE_ID);
  const text = paragraph?.firstChild;
  if (!(text instanceof Text)) return;
  const style = document.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  document.head.append(style);
  const matcher = createMatcher(ccsviTermSet);
  const highlights = new MentionHighlights(highlightApiOf(window), 'underline', createToneOf(window));
  for (const mention of matcher.findMentions(text.data, { topicEstablished: true })) {
    const range = document.createRange();
    range.setStart(text, mention.start);
    range.setEnd(text, mention.end);
    highlights.add(range);
  }
}

function App() {
  const [access, setAccess] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const read = () => void hasHostAccess().then(setAccess);
    read();
    highlightSample();
    return watchHostAccess(read);
  }, []);
  return (
    <WelcomePage
      hostAccess={access}
      accessRefused={refused}
      card={<SampleCard />}
      shortcuts={<ShortcutsSection />}
      // No await before the request: the browser shows its prompt only while handling the click.
      onGrantAccess={() => void requestHostAccess().then((granted) => setRefused(!granted))}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

localizeDocument(t('welcomeTitle'));
render(<App />, document.getElementById('app')!);
