/** Popup views: presentational; the browser calls live in entrypoints/popup/. */
export { MentionList } from './mention-list';
export { PageStatus, unsupportedText } from './page-status';
export { PopupView, type PopupTab, type PopupViewProps } from './popup-view';
export { SiteToggle } from './site-toggle';
export { TabPanel, Tabs } from './tabs';
export type * from './types';
