import { ACTIVE_HIGHLIGHT, mentionHighlightName } from './highlights';

/**
 * The look of highlighted mentions. `::highlight()` accepts only colours, text decoration and shadows.
 * The document gets it from the manifest (no <style> element is added to the page); shadow roots adopt it.
 */
export const HIGHLIGHT_CSS = `
::highlight(${mentionHighlightName('underline')}) {
  text-decoration: underline dotted #b45309 2px;
  text-underline-offset: 3px;
  background-color: rgba(251, 191, 36, 0.16);
}
::highlight(${mentionHighlightName('background')}) {
  background-color: #fde68a;
  color: #1c1917;
}
::highlight(${ACTIVE_HIGHLIGHT}) {
  background-color: #f59e0b;
  color: #000;
}
@media (prefers-color-scheme: dark) {
  ::highlight(${mentionHighlightName('underline')}) {
    text-decoration-color: #fbbf24;
    background-color: rgba(251, 191, 36, 0.22);
  }
  ::highlight(${mentionHighlightName('background')}) {
    background-color: #854d0e;
    color: #fffbeb;
  }
}
`;
