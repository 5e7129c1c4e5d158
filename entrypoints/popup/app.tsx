import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/popup-view';
import type { PageMention } from '../../components/popup/types';
import { pageAgeLine } from '../../core/page-age';
import { ccsviTopicIn } from '../../data';
import { decisiveEvents } from '../../data/ccsvi/decisive-events';
import { t } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import { hostOf } from './page-mentions';
import type { PopupParams } from './params';
import { usePageContext } from './use-page-context';
import { usePageMentions } from './use-page-mentions';
import { useShortcuts } from './use-shortcuts';
import { useSiteControl } from './use-site-control';
import { topicLanguageFor } from '../../utils/topic-language';

/** The popup with its browser wiring: the views in components/ only get data and callbacks. */
export function App({ params }: { params: PopupParams }) {
  const full = params.view === 'full';
  const topic = ccsviTopicIn(topicLanguageFor(params));
  const events = decisiveEvents(topic.citations.decisive.studyIds);
  const page = usePageMentions(full ? null : params.tabId);
  const mentionFrames = page.state.status === 'ready' ? page.state.mentions.map((m) => m.frameId) : [];
  const context = usePageContext(full ? undefined : page.tabId, mentionFrames, (date) =>
    pageAgeLine(date, events, topic.pageAge, topic.lang),
  );
  const { settings, site, toggle } = useSiteControl(full ? undefined : hostOf(page.url));
  const [notice, setNotice] = useState<string | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const shortcuts = useShortcuts();

  // The reader's theme choice; "system" follows prefers-color-scheme.
  useEffect(() => {
    document.documentElement.dataset.theme = settings?.theme ?? 'system';
  }, [settings?.theme]);

  const close = () => {
    if (!params.stayOpen) window.close();
  };

  const choose = async (mention: PageMention) => {
    setBusyKey(mention.key);
    setNotice(null);
    const found = await page.reveal(mention);
    setBusyKey(null);
    if (found) close();
    else setNotice(t('mentionGone'));
  };

  return (
    <PopupView
      topic={topic}
      mode={params.view}
      initialTab={params.initialTab}
      page={full ? undefined : page.state}
      context={context}
      site={site}
      privacyMode={settings?.privacyMode}
      notice={notice}
      busyKey={busyKey}
      shortcuts={shortcuts}
      onChoose={(m) => void choose(m)}
      onReload={page.reload}
      onToggleSite={(on) => void toggle(on)}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(close, close)}
      onOpenFull={() =>
        void sendToBackground({ type: 'open:full-view', lang: topic.lang }).then(close, close)
      }
    />
  );
}
