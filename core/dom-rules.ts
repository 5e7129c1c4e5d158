/** Pure rules about which elements hold readable text, shared by the scanner and the command-line scan. */

/** Elements whose text is never scanned: code, hidden machinery, form fields and editors. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'CODE',
  'KBD',
  'SAMP',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
]);

/** The tag of the extension's own UI host: its text is ours, never the page's. */
export const OWN_UI_TAG = 'FACT-CONTEXT-CARD';

/** Elements that start a new line of text: a match never crosses them. Inline elements (b, a, span…) are crossed. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'HTML',
  'BODY',
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BUTTON',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'IMG',
  'VIDEO',
  'AUDIO',
  'svg',
  'foreignObject',
  'math',
  'MATH',
  'RUBY',
  'RT',
  'RP',
]);

function isSkippedElement(element: Element): boolean {
  const tag = element.nodeName;
  if (SKIPPED_TAGS.has(tag) || tag === OWN_UI_TAG) return true;
  return isEditorSurface(element);
}

function isEditableRoot(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * Elements found at run time to be drawn by an editor that takes its input through a hidden textarea
 * (see markTextareaDrivenSurface). Kept here, not as an attribute: the page's DOM is never written.
 */
const textareaDrivenSurfaces = new WeakSet<Element>();

/** Marks the element a hidden textarea types into (Ace, Monaco) as an editor surface. */
export function markTextareaDrivenSurface(textarea: Element): Element | null {
  const surface = textarea.parentElement;
  if (surface) textareaDrivenSurfaces.add(surface);
  return surface;
}

/** The selector of the attribute rules below, for one native query of a whole root. */
const EDITOR_SELECTOR =
  '[contenteditable], [role="textbox" i], [role="code" i], [aria-multiline="true" i], [aria-roledescription="editor" i]';

/**
 * Whether the text under `element` belongs to an editor, which a highlight would disturb. Each rule and
 * the editors it catches:
 * 1. `contenteditable` (not "false"): ProseMirror, Tiptap, Quill, CKEditor 5, TinyMCE inline, CodeMirror 6.
 * 2. `role="textbox"` or `aria-multiline="true"` on an element: custom editors that draw their own text
 *    and expose it as a text field (CodeMirror 5's wrapper, many chat and comment boxes).
 * 3. `role="code"`: Monaco's editor root, and code shown with the ARIA role instead of <code>.
 * 4. `aria-roledescription="editor"`: Ace's scroller when its keyboard accessibility is on.
 * 5. An element a hidden textarea types into (markTextareaDrivenSurface): Ace and Monaco, which render
 *    plain divs and carry none of the attributes above by default.
 */
function isEditorSurface(element: Element): boolean {
  if (isEditableRoot(element) || textareaDrivenSurfaces.has(element)) return true;
  const role = element.getAttribute('role');
  if (role !== null) {
    const r = role.toLowerCase();
    if (r === 'textbox' || r === 'code') return true;
  }
  if (element.getAttribute('aria-multiline')?.toLowerCase() === 'true') return true;
  return element.getAttribute('aria-roledescription')?.toLowerCase() === 'editor';
}

/** What a walk asks to know whether an element is an editor's root (to skip it). */
export type EditorTest = Pick<ReadonlySet<Element>, 'has' | 'size'>;

/** Asks each element: for the short walks around anchor hits, where one query of a whole big page costs more. */
export const EDITORS_BY_ATTRIBUTE: EditorTest = { size: 1, has: isEditorSurface };

/** Editors under `root`, found by native queries instead of attribute reads per element. */
export function editableRootsIn(root: Node): Set<Element> {
  const parent = root as ParentNode;
  const found = new Set(Array.from(parent.querySelectorAll?.(EDITOR_SELECTOR) ?? []).filter(isEditorSurface));
  for (const textarea of Array.from(parent.querySelectorAll?.('textarea') ?? [])) {
    const surface = textarea.parentElement;
    if (surface && textareaDrivenSurfaces.has(surface)) found.add(surface);
  }
  return found;
}

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.nodeName);
}

/** The outermost skipped region (editor, script, field, our card) holding `node` (or being it), or null. */
export function skippedRegion(node: Node): Element | null {
  let region: Element | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) region = el;
  }
  return region;
}

/** Whether `node` is inside `root`, or inside a shadow tree whose host (or its host…) is. */
export function composedContains(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n !== null; n = (n.getRootNode() as Partial<ShadowRoot>).host ?? null) {
    if (root.contains(n)) return true;
  }
  return false;
}
