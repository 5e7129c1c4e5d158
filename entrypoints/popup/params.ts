import type { PopupTab } from '../../components/popup/popup-view';

export interface PopupParams {
  /** the tab to look at instead of the active one */
  tabId?: number;
  view: 'popup' | 'full';
  /** stay open after choosing a mention (the popup runs as an ordinary page) */
  stayOpen: boolean;
  initialTab?: PopupTab;
  /** the topic's language in the full view opened from a card (the card's language) */
  lang?: string;
}

/**
 * Reads the popup's query string.
 *
 * - `popup.html?tab=ID` — test hook: look at tab ID instead of the active tab, and do not close after a
 *   mention is chosen. End-to-end tests open the popup this way as an ordinary page next to the tab they
 *   inspect (a real toolbar popup cannot be opened by automation).
 * - `popup.html?view=full` — the full view the card's "All studies and timeline" opens in a tab: a wider
 *   layout that opens on Studies, with no "This page" tab; `&lang=it` shows the topic in that language.
 */
export function popupParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const tabId = tab !== null && /^\d+$/.test(tab) ? Number(tab) : undefined;
  const view = params.get('view') === 'full' ? 'full' : 'popup';
  return {
    tabId,
    view,
    stayOpen: tabId !== undefined || view === 'full',
    initialTab: view === 'full' ? 'studies' : undefined,
    ...(/^[a-z]{2,3}$/.test(params.get('lang') ?? '') ? { lang: params.get('lang')! } : {}),
  };
}
