import type { MentionSummary } from '../../utils/messages';

/** One mention as the popup lists it: the frame it is in, and a key unique across frames. */
export interface PageMention extends MentionSummary {
  frameId: number;
  key: string;
}

/** Why the extension cannot look at a page. */
export type UnsupportedReason =
  /** chrome://, about:, moz-extension://, the new tab page… */
  | 'browser-page'
  /** the Chrome Web Store, addons.mozilla.org, Edge Add-ons */
  | 'store'
  | 'view-source'
  /** a file: page and the extension is not allowed to read files */
  | 'file'
  | 'pdf'
  /** an ordinary page whose content script does not answer (opened before the extension, or blocked) */
  | 'no-answer'
  /** no address visible and no answer: a browser page, or a site the extension is not allowed on */
  | 'no-access'
  /** the tab is gone */
  | 'no-tab';

export type PageState =
  /** first look, nothing known yet */
  | { status: 'checking' }
  /** the tab is loading and nothing answers yet */
  | { status: 'loading' }
  | { status: 'unsupported'; reason: UnsupportedReason }
  | {
      status: 'ready';
      /** all mentions on the page, every frame */
      count: number;
      mentions: PageMention[];
      /** the tab is still loading, so more may come */
      stillLoading: boolean;
    };

/** Whether highlighting runs on the current site, and why not. */
export interface SiteState {
  host: string;
  on: boolean;
  /** `site-off`: in "never" sites; `everywhere-off`: switched off in options; `not-listed`: only-sites excludes it */
  reason: 'on' | 'site-off' | 'everywhere-off' | 'not-listed';
}

/** The page's context, merged over its frames (entrypoints/popup/use-page-context.ts). */
export interface PageContextView {
  dateLine: string | null;
  cited: Array<{ studyId: string; by: string }>;
  unverified: string[];
  factCheck: { by: string; claim?: string; rating?: string } | null;
}
