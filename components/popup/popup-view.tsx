import { useState } from 'preact/hooks';
import type { Topic } from '../../data/topic-types';
import { EvidencePicture } from '../topic/evidence-picture';
import { LastReviewed, Sources } from '../topic/sources';
import { StudyList } from '../topic/study-list';
import { Timeline } from '../topic/timeline';
import { Explanation, KeyPoints, Verdict, WhatThisMeans } from '../topic/verdict';
import { GlossaryList, GlossaryScope } from '../topic/glossary';
import { Warnings } from '../topic/warnings';
import { MentionList } from './mention-list';
import { CitedStudies, PageAge } from './page-context';
import { PageStatus } from './page-status';
import { SiteToggle } from './site-toggle';
import { TabPanel, Tabs, type TabSpec } from './tabs';
import type { PageContextView, PageMention, PageState, SiteState } from './types';
import { t, tParts, uiLanguage } from '../../utils/i18n';

export type PopupTab = 'page' | 'evidence' | 'studies' | 'timeline' | 'safety';

export interface PopupViewProps {
  topic: Topic;
  /** `popup`: the toolbar popup, about one tab; `full`: the wider page opened from the card (no "This page") */
  mode: 'popup' | 'full';
  page?: PageState;
  /** the page's date line, cited studies and fact-check (read in frames with mentions) */
  context?: PageContextView | null;
  site?: SiteState | null;
  /** privacy mode: pages are read only when the popup is opened */
  privacyMode?: boolean;
  initialTab?: PopupTab;
  /** a short message after an action, e.g. a mention that disappeared */
  notice?: string | null;
  busyKey?: string | null;
  onChoose?: (mention: PageMention) => void;
  /** the keys for the next and previous mention (browser.commands), shown with the list */
  shortcuts?: { next: string; previous: string } | null;
  onReload?: () => void;
  onToggleSite?: (on: boolean) => void;
  onOpenOptions: () => void;
  /** open the full view in a tab (popup mode) */
  onOpenFull?: () => void;
}

const ID = 'popup';

/** The whole popup, presentational: tabs for this page and for the topic. */
export function PopupView(props: PopupViewProps) {
  const { topic, mode, page, site } = props;
  const tabs: Array<TabSpec<PopupTab>> = [
    ...(mode === 'popup' ? [{ key: 'page' as const, label: t('tabThisPage') }] : []),
    { key: 'evidence', label: t('tabEvidence') },
    { key: 'studies', label: t('tabStudies') },
    { key: 'timeline', label: t('tabTimeline') },
    { key: 'safety', label: t('tabSafety') },
  ];
  const fallback: PopupTab = mode === 'full' ? 'studies' : 'page';
  const wanted = props.initialTab ?? fallback;
  const [selected, setSelected] = useState<PopupTab>(tabs.some((t) => t.key === wanted) ? wanted : fallback);

  return (
    <div class={`popup popup-${mode}`} lang={uiLanguage()}>
      <header class="popup-header">
        <div class="popup-bar">
          <h1 class="popup-title">
            {mode === 'full' ? (
              <>{tParts('fullViewTitle', <span lang={topic.lang}>{topic.name}</span>)}</>
            ) : (
              t('popupTitle')
            )}
          </h1>
          <button
            type="button"
            class="icon-button"
            onClick={props.onOpenOptions}
            aria-label={t('options')}
            title={t('options')}
          >
            <GearIcon />
          </button>
        </div>
        <Tabs
          tabs={tabs}
          selected={selected}
          onSelect={setSelected}
          idPrefix={ID}
          label={t('popupSections')}
        />
      </header>
      <main class="popup-main">
        {mode === 'popup' && (
          <TabPanel idPrefix={ID} tabKey="page" selected={selected === 'page'}>
            {props.context && <PageAge context={props.context} lang={topic.lang} />}
            <GlossaryScope entries={topic.glossary}>
              {site && props.onToggleSite && (
                <SiteToggle site={site} onToggle={props.onToggleSite} onOpenOptions={props.onOpenOptions} />
              )}
              {props.notice && (
                <p class="notice" role="alert">
                  {props.notice}
                </p>
              )}
              {props.privacyMode && <p class="small muted">{t('privacyModeOn')}</p>}
              {page && <PageStatus page={page} site={site} onReload={props.onReload} />}
              {page?.status === 'ready' && page.count > 0 && (!site || site.on) && (
                <>
                  {page.stillLoading && <p class="small muted">{t('stillReadingMore')}</p>}
                  <MentionList
                    mentions={page.mentions}
                    onChoose={(m) => props.onChoose?.(m)}
                    busyKey={props.busyKey}
                    shortcuts={props.shortcuts}
                  />
                  {props.context && <CitedStudies topic={topic} context={props.context} />}
                </>
              )}
              {!(page?.status === 'ready' && page.count > 0) && (
                <div class="offer-topic">
                  <div lang={topic.lang}>
                    <Verdict topic={topic} />
                  </div>
                  <button type="button" class="button" onClick={() => setSelected('evidence')}>
                    {t('seeTheEvidence')}
                  </button>
                </div>
              )}
            </GlossaryScope>
          </TabPanel>
        )}
        <TabPanel idPrefix={ID} tabKey="evidence" selected={selected === 'evidence'} lang={topic.lang}>
          <GlossaryScope entries={topic.glossary}>
            <Verdict topic={topic} />
            <WhatThisMeans topic={topic} />
            <KeyPoints topic={topic} />
            <EvidencePicture topic={topic} />
            <Explanation topic={topic} />
            <GlossaryList
              entries={topic.glossary}
              summary={topic.views.wordsExplained({ count: topic.glossary.length })}
            />
            <Sources topic={topic} />
          </GlossaryScope>
        </TabPanel>
        <TabPanel idPrefix={ID} tabKey="studies" selected={selected === 'studies'} lang={topic.lang}>
          <GlossaryScope entries={topic.glossary}>
            <StudyList topic={topic} />
          </GlossaryScope>
        </TabPanel>
        <TabPanel idPrefix={ID} tabKey="timeline" selected={selected === 'timeline'} lang={topic.lang}>
          <GlossaryScope entries={topic.glossary}>
            <Timeline topic={topic} />
          </GlossaryScope>
        </TabPanel>
        <TabPanel idPrefix={ID} tabKey="safety" selected={selected === 'safety'} lang={topic.lang}>
          <GlossaryScope entries={topic.glossary}>
            <Warnings topic={topic} />
          </GlossaryScope>
        </TabPanel>
      </main>
      <footer class="popup-footer">
        <div lang={topic.lang}>
          <LastReviewed topic={topic} />
        </div>
        {mode === 'popup' && props.onOpenFull && (
          <button type="button" class="link-button" onClick={props.onOpenFull}>
            {t('openFullView')}
          </button>
        )}
      </footer>
    </div>
  );
}

function GearIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M19.14 12.94a7.07 7.07 0 0 0 .05-.94 7.07 7.07 0 0 0-.05-.94l2.03-1.58a.49.49 0 0 0 .12-.61l-1.92-3.32a.49.49 0 0 0-.59-.22l-2.39.96a7 7 0 0 0-1.62-.94l-.36-2.54a.48.48 0 0 0-.48-.41h-3.84a.48.48 0 0 0-.48.41l-.36 2.54a7.3 7.3 0 0 0-1.62.94l-2.39-.96a.48.48 0 0 0-.59.22L2.74 8.87a.48.48 0 0 0 .12.61l2.03 1.58a7.4 7.4 0 0 0 0 1.88l-2.03 1.58a.49.49 0 0 0-.12.61l1.92 3.32c.12.22.37.29.59.22l2.39-.96c.5.38 1.04.7 1.62.94l.36 2.54c.05.24.25.41.48.41h3.84c.24 0 .44-.17.48-.41l.36-2.54a7 7 0 0 0 1.62-.94l2.39.96c.22.08.47 0 .59-.22l1.92-3.32a.49.49 0 0 0-.12-.61l-2.03-1.58zM12 15.6A3.6 3.6 0 1 1 12 8.4a3.6 3.6 0 0 1 0 7.2z"
      />
    </svg>
  );
}
