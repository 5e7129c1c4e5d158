/**
 * "Is this element's text rendered?" judged from the markup alone, for the command-line scan: Node has no
 * layout and the scan loads no style sheets, so only what the HTML itself says is used:
 * - the elements a browser never displays (`<head>`, `<datalist>`, `<rp>`, a `<dialog>` that is not open…);
 * - the `hidden` attribute (unless an inline `display` other than `none` overrides it, as CSS would);
 * - inline `style` declarations `display: none`, `content-visibility: hidden` and
 *   `visibility: hidden | collapse` (visibility is inherited, so a descendant's `visibility: visible` shows it again);
 * - the content of a closed `<details>` other than its summary;
 * - light-DOM children of a shadow host that no `<slot>` of its shadow root takes.
 * Rules in page style sheets (`.banner { display: none }`) are not applied.
 *
 * The answer is what the browser's `checkVisibility({ visibilityProperty: true })` would say without style sheets.
 */

/** Tags whose elements are `display: none` in every browser's default style sheet. */
const NEVER_DISPLAYED: ReadonlySet<string> = new Set([
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BASE',
  'STYLE',
  'SCRIPT',
  'TEMPLATE',
  'DATALIST',
  'NOEMBED',
  'NOFRAMES',
  'PARAM',
  'AREA',
  'RP',
]);

/** Parses an inline `style` attribute into lower-case property → lower-case value (the declaration that wins). */
export function parseInlineStyle(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  const important = new Set<string>();
  const text = style.replace(/\/\*[\s\S]*?\*\//g, ' ');
  for (const declaration of splitDeclarations(text)) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    let value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (!property || !value) continue;
    const isImportant = /!\s*important\s*$/.test(value);
    if (isImportant) value = value.replace(/!\s*important\s*$/, '').trim();
    if (important.has(property) && !isImportant) continue;
    if (isImportant) important.add(property);
    declarations.set(property, value);
  }
  return declarations;
}

/** Splits on `;` outside quotes and parentheses (`url("a;b")`). */
function splitDeclarations(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth = Math.max(0, depth - 1);
    } else if (ch === ';' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

export interface StaticRenderOptions {
  /** the shadow root of a host, including closed ones the caller attached (default: `element.shadowRoot`) */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
}

interface ShadowLike extends Node {
  host: Element;
}

function isShadowRoot(node: Node | null): node is ShadowLike {
  return node !== null && node.nodeType === 11 && (node as Partial<ShadowLike>).host != null;
}

/**
 * Returns an `isRendered(element)` for PageScanner that answers whether text directly inside `element`
 * is rendered. Answers are cached, so make a new one for each scan of a document that does not change.
 */
export function createStaticIsRendered(options: StaticRenderOptions = {}): (element: Element) => boolean {
  const shadowRootOf = options.shadowRootOf ?? ((element: Element) => element.shadowRoot);
  const styles = new WeakMap<Element, Map<string, string>>();
  const displayed = new WeakMap<Element, boolean>();
  const visible = new WeakMap<Element, boolean>();

  function styleOf(element: Element): Map<string, string> {
    let style = styles.get(element);
    if (!style) {
      const attribute = element.getAttribute('style');
      style = attribute ? parseInlineStyle(attribute) : new Map();
      styles.set(element, style);
    }
    return style;
  }

  function ownDisplayNone(element: Element): boolean {
    const tag = element.nodeName.toUpperCase();
    if (NEVER_DISPLAYED.has(tag)) return true;
    if (tag === 'DIALOG' && !element.hasAttribute('open')) return true;
    const display = styleOf(element).get('display');
    if (display !== undefined) return display === 'none';
    return element.hasAttribute('hidden');
  }

  /** Whether the element's own content (its children's boxes) is skipped by the browser. */
  function hidesContent(element: Element): boolean {
    if (styleOf(element).get('content-visibility') === 'hidden') return true;
    const hidden = element.getAttribute('hidden');
    return hidden !== null && hidden.toLowerCase() === 'until-found';
  }

  /** Whether a light-DOM child (an element, or text when `child` is null) of `parent` gets a box. */
  function lightChildShown(parent: Element, child: Element | null): boolean {
    if (parent.nodeName.toUpperCase() === 'DETAILS' && !parent.hasAttribute('open')) {
      if (!child || child.nodeName.toUpperCase() !== 'SUMMARY') return false;
      for (const sibling of Array.from(parent.children)) {
        if (sibling.nodeName.toUpperCase() === 'SUMMARY') return sibling === child;
      }
      return false;
    }
    const shadow = shadowRootOf(parent);
    if (shadow) {
      const slotName = child?.getAttribute('slot') ?? '';
      const slots = Array.from(shadow.querySelectorAll('slot'));
      return slots.some((slot) => (slot.getAttribute('name') ?? '') === slotName);
    }
    return true;
  }

  /** The flat-tree parent: the parent element, or the host of a shadow root. */
  function parentOf(element: Element): { parent: Element; viaShadow: boolean } | null {
    const parent = element.parentNode;
    if (isShadowRoot(parent)) return { parent: parent.host, viaShadow: true };
    return parent !== null && parent.nodeType === 1 ? { parent: parent as Element, viaShadow: false } : null;
  }

  /** Computes `own(element, parentAnswer)` from the top down, iteratively (a page may nest very deep). */
  function inherited(
    element: Element,
    cache: WeakMap<Element, boolean>,
    own: (
      element: Element,
      up: { parent: Element; viaShadow: boolean } | null,
      parentAnswer: boolean,
    ) => boolean,
  ): boolean {
    const chain: Element[] = [];
    let answer: boolean | undefined;
    for (let current: Element | null = element; current; current = parentOf(current)?.parent ?? null) {
      answer = cache.get(current);
      if (answer !== undefined) break;
      chain.push(current);
    }
    let parentAnswer = answer ?? true;
    for (let i = chain.length - 1; i >= 0; i--) {
      const current = chain[i]!;
      parentAnswer = own(current, parentOf(current), parentAnswer);
      cache.set(current, parentAnswer);
    }
    return parentAnswer;
  }

  const isDisplayed = (element: Element): boolean =>
    inherited(element, displayed, (current, up, parentDisplayed) => {
      if (ownDisplayNone(current)) return false;
      if (!up) return true;
      if (!parentDisplayed || hidesContent(up.parent)) return false;
      return up.viaShadow || lightChildShown(up.parent, current);
    });

  const isVisible = (element: Element): boolean =>
    inherited(element, visible, (current, _up, parentVisible) => {
      const visibility = styleOf(current).get('visibility');
      if (visibility === 'hidden' || visibility === 'collapse') return false;
      if (visibility === 'visible') return true;
      return parentVisible;
    });

  return (element) =>
    isDisplayed(element) && !hidesContent(element) && lightChildShown(element, null) && isVisible(element);
}
