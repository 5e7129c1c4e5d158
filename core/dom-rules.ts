/** Pure rules about which elements hold readable text, shared by the scanner and the command-line scan. */

/** Elements whose text is never scanned: code, hidden machinery, form fields and editors. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'HEAD', 'TITLE',
  'IFRAME', 'OBJECT', 'CANVAS', 'CODE', 'KBD', 'SAMP',
  'script', 'style', 'noscript', 'template', 'textarea', 'title',
]);

/** The tag of the extension's own UI host: its text is ours, never the page's. */
export const OWN_UI_TAG = 'FACT-CONTEXT-CARD';

/** Elements that start a new line of text: a match never crosses them. Inline elements (b, a, span…) are crossed. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'HTML', 'BODY', 'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BUTTON', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG', 'VIDEO', 'AUDIO', 'svg',
  'foreignObject', 'math', 'MATH', 'RUBY', 'RT', 'RP',
]);

export function isSkippedElement(element: Element): boolean {
  const tag = element.nodeName;
  if (SKIPPED_TAGS.has(tag) || tag === OWN_UI_TAG) return true;
  return isEditableRoot(element);
}

export function isEditableRoot(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** What a walk asks to know whether an element is an editor's root (to skip it). */
export type EditorTest = Pick<ReadonlySet<Element>, 'has' | 'size'>;

/** Asks each element: for the short walks around anchor hits, where one query of a whole big page costs more (5–8 ms on all.html). */
export const EDITORS_BY_ATTRIBUTE: EditorTest = { size: 1, has: isEditableRoot };

/** Editors under `root`, found by one native query instead of an attribute read per element. */
export function editableRootsIn(root: Node): Set<Element> {
  const found = (root as ParentNode).querySelectorAll?.('[contenteditable]') ?? [];
  return new Set(Array.from(found).filter(isEditableRoot));
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.nodeName);
}

/** True when the node sits inside a skipped element (or is one), up to and including `root`. */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}
