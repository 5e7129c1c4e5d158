/**
 * Finds a page's references (DOM-reading, no `browser` calls): items of a reference list (under a
 * heading such as "References" or "Further reading", or in a list marked as one), blocks that link to
 * DOI, PubMed, PMC or trial-registry pages, and blocks whose text carries such an identifier.
 * Comments, sidebars and the extension's own card are left out. Works in small steps (`step()`), so a
 * caller can give the page its main thread back between them.
 */
import { OWN_UI_TAG, SKIPPED_TAGS } from './dom-rules';
import { isOutsideArticle } from './outside-article';
import type { PageReference } from './citation-identifiers';

export interface FoundReference extends PageReference {
  /** an item of the page's reference list (as opposed to a block that merely carries an identifier) */
  listed: boolean;
}

const HEADING =
  /^(?:\d+\.?\s*)?(?:references?|further reading|sources?|bibliography|citations?|literature|works cited|notes|footnotes|endnotes|studies cited|read more|literatur|quellen|références|bibliographie|bibliografía|bibliografia|referencias|fonti|bronnen|literatuur)\b/i;
const LIST_CONTAINER =
  /(?:^|[\s_-])(?:references?|reflist|refs|citations?|bibliography|footnotes?|endnotes?|sources)(?:$|[\s_-])/i;
/** Lists and sections whose id or class may name a reference list (LIST_CONTAINER decides), found natively. */
const LIST_CONTAINER_CANDIDATES = `:is(ol, ul, section, div):is(${[
  'ref',
  'citation',
  'bibliograph',
  'note',
  'source',
]
  .map((word) => `[id*="${word}" i], [class*="${word}" i]`)
  .join(', ')})`;
const IDENTIFIER_LINK =
  'a[href*="doi.org"], a[href*="pubmed"], a[href*="/pmc/"], a[href*="pmc.ncbi"], a[href*="europepmc"], a[href*="clinicaltrials.gov"], a[href*="/doi/"], a[href*="doi%2F"]';
const IDENTIFIER_TEXT = /10\.\d{4,9}\/|\bpmid\b|\bpmc\s?\d{4}|\bnct\s?\d{8}|pubmed/i;
/** IDENTIFIER_TEXT without word breaks, for the whole text at once (where blocks' texts run together) */
const MAY_HOLD_IDENTIFIER = /10\.\d{4,9}\/|pmid|pmc\s?\d{4}|nct\s?\d{8}|pubmed/i;
const BLOCK = 'li, p, dd, dt, td, blockquote, figcaption, h1, h2, h3, h4, h5, h6';
const MAX_TEXT = 1000;
const NODES_PER_STEP = 400;
/** A page of very many references: the first ones are enough to show. */
const MAX_REFERENCES = 300;

function isOurs(el: Element): boolean {
  return el.closest(OWN_UI_TAG.toLowerCase()) !== null;
}

export class ReferenceCollector {
  private readonly found: FoundReference[] = [];
  private readonly blocks = new Map<FoundReference, Element>();
  private readonly seen = new Set<Element>();
  private phase: 'lists' | 'links' | 'text' | 'done' = 'lists';
  private walker: TreeWalker | null = null;

  constructor(private readonly doc: Document) {}

  /** Does one small piece of work; false once everything is read. */
  step(): boolean {
    if (this.found.length >= MAX_REFERENCES) this.phase = 'done';
    switch (this.phase) {
      case 'lists':
        this.readLists();
        this.phase = 'links';
        return true;
      case 'links':
        this.readLinks();
        this.phase = 'text';
        return true;
      case 'text':
        if (!this.readTextSome()) this.phase = 'done';
        return this.phase !== 'done';
      case 'done':
        return false;
    }
  }

  /** The references in page order. */
  references(): FoundReference[] {
    const at = (r: FoundReference) => this.blocks.get(r)!;
    return [...this.found].sort((a, b) =>
      at(a).compareDocumentPosition(at(b)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  }

  private add(block: Element, listed: boolean): void {
    if (this.seen.has(block) || isOurs(block) || isOutsideArticle(block)) return;
    // A block inside one already taken (or holding one) is the same reference.
    for (const other of this.seen) if (other.contains(block) || block.contains(other)) return;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
    if (text.length < 3) return;
    this.seen.add(block);
    const hrefs = Array.from(
      block.querySelectorAll('a[href]'),
      (a) => (a as HTMLAnchorElement).href || a.getAttribute('href') || '',
    ).filter((h) => h !== '');
    if (block.localName === 'a') hrefs.push((block as HTMLAnchorElement).href);
    const ref = { text, hrefs, listed };
    this.found.push(ref);
    this.blocks.set(ref, block);
  }

  private readLists(): void {
    const body = this.doc.body;
    if (!body) return;
    for (const heading of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6, dt, strong, b'))) {
      const label = (heading.textContent ?? '').trim();
      if (label.length > 60 || !HEADING.test(label)) continue;
      // The list after the heading (the heading may sit inside a wrapper of its own).
      let from: Element | null = heading;
      while (from && !from.nextElementSibling && from.parentElement && from.parentElement !== body)
        from = from.parentElement;
      let next = from?.nextElementSibling ?? null;
      for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
        if (/^h[1-6]$/.test(next.localName)) break;
        const items = next.matches('ol, ul')
          ? Array.from(next.children)
          : Array.from(next.querySelectorAll('li'));
        for (const item of items) if (item.localName === 'li') this.add(item, true);
        if (items.length > 0) break;
      }
    }
    for (const container of Array.from(body.querySelectorAll(LIST_CONTAINER_CANDIDATES))) {
      const label = `${container.id} ${typeof container.className === 'string' ? container.className : ''}`;
      if (!LIST_CONTAINER.test(label)) continue;
      for (const item of Array.from(container.querySelectorAll('li'))) this.add(item, true);
    }
  }

  private readLinks(): void {
    for (const link of Array.from(this.doc.body?.querySelectorAll(IDENTIFIER_LINK) ?? [])) {
      this.add(link.closest(BLOCK) ?? link.parentElement ?? link, false);
      if (this.found.length >= MAX_REFERENCES) return;
    }
  }

  /**
   * Reads up to NODES_PER_STEP text nodes; false when the page is read to the end. Most pages carry no
   * identifier at all: one read of the whole text tells so, and then no node is walked.
   */
  private readTextSome(): boolean {
    const body = this.doc.body;
    if (!body) return false;
    if (this.walker === null) {
      if (!MAY_HOLD_IDENTIFIER.test(body.textContent ?? '')) return false;
      // A plain walker: a filter function would be called for every text node of the page.
      this.walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, null);
    }
    for (let i = 0; i < NODES_PER_STEP; i++) {
      const node = this.walker.nextNode() as Text | null;
      if (!node) return false;
      if (!IDENTIFIER_TEXT.test(node.data)) continue;
      const parent = node.parentElement;
      if (!parent || SKIPPED_TAGS.has(parent.nodeName) || parent.localName === OWN_UI_TAG.toLowerCase())
        continue;
      this.add(parent.closest(BLOCK) ?? parent, false);
    }
    return true;
  }
}
