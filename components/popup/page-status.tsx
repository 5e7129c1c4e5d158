import type { PageState, SiteState, UnsupportedReason } from './types';

const UNSUPPORTED_TEXT: Record<UnsupportedReason, string> = {
  'browser-page':
    'This is one of the browser’s own pages. Extensions are not allowed to read it, so there is nothing to check here.',
  store: 'Browsers do not let extensions read their add-on stores, so this page cannot be checked.',
  'view-source':
    'This shows a page’s source code, which extensions cannot read. Open the page itself to check it.',
  file: 'This is a file on your computer. To check files, allow this extension to access file URLs in your browser’s extension settings.',
  pdf: 'PDF files cannot be checked.',
  'no-answer':
    'This page could not be checked. If it was open before the extension was installed or updated, reloading it usually helps.',
  'no-access':
    'The extension is not allowed to read this page. It may be one of the browser’s own pages, or a site you have not allowed the extension on.',
  'no-tab': 'The tab could not be found. It may have been closed.',
};

export function unsupportedText(reason: UnsupportedReason): string {
  return UNSUPPORTED_TEXT[reason];
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
          Checking this page…
        </p>
      );
    case 'loading':
      return (
        <p class="status" role="status">
          Still reading this page…
        </p>
      );
    case 'unsupported':
      return (
        <div class="status status-unsupported" role="status">
          <p>{unsupportedText(page.reason)}</p>
          {page.reason === 'no-answer' && onReload && (
            <button type="button" class="button" onClick={onReload}>
              Reload the page
            </button>
          )}
        </div>
      );
    case 'ready':
      if (site && !site.on) {
        return (
          <p class="status" role="status">
            Highlighting is off on this site, so its mentions are not counted.
          </p>
        );
      }
      if (page.count === 0) {
        return (
          <p class="status" role="status">
            {page.stillLoading
              ? 'Still reading this page… No mentions of CCSVI or the Liberation Procedure so far.'
              : 'No mentions of CCSVI or the Liberation Procedure on this page.'}
          </p>
        );
      }
      return null;
  }
}
