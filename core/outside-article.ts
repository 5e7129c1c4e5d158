/** Which parts of a page are not its own article: their dates and references are someone else's. */

/** Comments, sidebars, related-post lists, navigation and site footers: their dates are not the page's. */
const NOT_THE_PAGE =
  /(?:^|[\s_-])(?:comments?|commentlist|respond|reply|replies|sidebar|widgets?|related|recent|popular|trending|more-stories|recommend\w*|teaser|promo|discussion|disqus)(?:$|[\s_-])/i;

/** Whether an element sits in a part of the page that is not the page's own article (see NOT_THE_PAGE). */
export function isOutsideArticle(el: Element): boolean {
  for (
    let node: Element | null = el;
    node && node !== node.ownerDocument.documentElement;
    node = node.parentElement
  ) {
    const tag = node.localName;
    if (tag === 'head') return false;
    if (tag === 'aside' || tag === 'nav') return true;
    if (tag === 'footer' && !node.closest('article, main, [role="main"]')) return true;
    const label = `${node.id} ${typeof node.className === 'string' ? node.className : ''}`;
    if (NOT_THE_PAGE.test(label)) return true;
  }
  return false;
}
