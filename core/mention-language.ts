/**
 * The language of the text where a mention is: the `lang` of its nearest element that has one (out of
 * shadow roots to their hosts), else the document's, else the language of the term that matched.
 * Empty `lang=""` means "unknown" in HTML, and is skipped.
 */
export function languageAt(node: Node, termLang: string): string {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el) {
    const lang = el.getAttribute('lang')?.trim();
    if (lang) return lang;
    el = el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return termLang;
}
