import type { PageState, SiteState, UnsupportedReason } from './types';
import { t, type MessageKey } from '../../utils/i18n';

const UNSUPPORTED_TEXT: Record<UnsupportedReason, MessageKey> = {
  'browser-page': 'unsupportedBrowserPage',
  store: 'unsupportedStore',
  'view-source': 'unsupportedViewSource',
  file: 'unsupportedFile',
  pdf: 'unsupportedPdf',
  'no-answer': 'unsupportedNoAnswer',
  'no-access': 'unsupportedNoAccess',
  'no-tab': 'unsupportedNoTab',
};

export function unsupportedText(reason: UnsupportedReason): string {
  return t(UNSUPPORTED_TEXT[reason]);
}

/**
 * What the "This page" panel says when there is no list to show: checking, still loading, a page the
 * extension cannot read, highlighting off, or no mentions. Returns null when a list should be shown.
 */
export function PageStatus({
  page,
  site,
  onReload,
}: {
  page: PageState;
  site?: SiteState | null;
  onReload?: () => void;
}) {
  switch (page.status) {
    case 'checking':
      return (
        <p class="status" role="status">
          {t('checkingPage')}
        </p>
      );
    case 'loading':
      return (
        <p class="status" role="status">
          {t('stillReading')}
        </p>
      );
    case 'unsupported':
      return (
        <div class="status status-unsupported" role="status">
          <p>{unsupportedText(page.reason)}</p>
          {page.reason === 'no-answer' && onReload && (
            <button type="button" class="button" onClick={onReload}>
              {t('reloadPage')}
            </button>
          )}
        </div>
      );
    case 'ready':
      if (site && !site.on) {
        return (
          <p class="status" role="status">
            {t('siteOffNotCounted')}
          </p>
        );
      }
      if (page.count === 0) {
        return (
          <p class="status" role="status">
            {page.stillLoading ? t('noMentionsSoFar') : t('noMentions')}
          </p>
        );
      }
      return null;
  }
}
