/**
 * The mentions the scanner found in one document, from candidate to highlight: a found mention waits
 * for its visibility check, then is kept (in document order), set aside while its text is not shown or
 * the reader hid it, or dropped when its text changes. Highlights follow the policy (core/highlight-policy.ts).
 */
import { chooseHighlighted } from './highlight-policy';
import type { PlacedMention } from './locate-mentions';
import { comparePoints, MentionStore } from './mention-store';
import type { PageScannerOptions } from './page-scanner';
import { isRenderedNow, parentElementOf, type RenderState } from './render-state';
import { containingBlock } from './text-segmenter';

export interface FoundMention extends PlacedMention {
  id: number;
  range: Range;
  highlighted: boolean;
}

/** Equal but for white space (a <br> inside a mention reads as a line break in the scanner's text only). */
function sameLetters(a: string, b: string): boolean {
  return a === b || a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/**
 * `watchRegion` is called for a content-visibility region each time a mention starts waiting for it
 * (see deferUntilRendered).
 */
export function createFoundMentions(
  doc: Document,
  /** read each time: the reader can change them */
  rules: Pick<PageScannerOptions, 'matcher' | 'highlights' | 'maxHighlighted' | 'highlightScope' | 'hides'>,
  watchRegion: (region: Element) => void,
) {
  /** the mentions, in document order */
  const store = new MentionStore<FoundMention>();
  const byStartNode = new Map<Text, FoundMention[]>();
  /** mentions whose text is not rendered now; looked at again when styles change */
  let hidden: PlacedMention[] = [];
  /** mentions found but not yet checked for visibility and highlighted */
  let pending: PlacedMention[] = [];
  const pendingStarts = new Map<Text, PlacedMention[]>();
  /** mentions shown inside content-visibility:auto regions not rendered yet, by region */
  const deferred = new Map<Element, FoundMention[]>();
  let nextId = 1;

  const found = {
    get size() {
      return store.size;
    },
    /** The mentions in document order, whatever order they were found in. */
    all: (): readonly FoundMention[] => store.all(),
    /** Mentions found but not yet checked for visibility (this list grows while a check runs). */
    get candidates(): readonly PlacedMention[] {
      return pending;
    },
    get hasHidden() {
      return hidden.length > 0;
    },
    /** whether a term that needs no context was found: ambiguous terms count from then on */
    topicEstablished: false,
    /** A mention found by a read: a candidate, unless it is known already or the reader hid its text. */
    accept,
    /**
     * Turns the candidates into mentions by their visibility (`checked[i]` for the i-th candidate): hidden
     * ones are set aside, the others kept, those in a region not rendered yet until it is; then highlights.
     */
    settleCandidates(checked: readonly RenderState[]): void {
      const candidates = pending;
      pending = [];
      pendingStarts.clear();
      candidates.forEach((placed, i) => {
        if (!placed.startNode.isConnected || !placed.endNode.isConnected) return;
        const state = checked[i]!;
        if (state === 'hidden') hidden.push(placed);
        else {
          const mention = add(placed);
          if (state !== 'rendered') deferUntilRendered(state, mention);
        }
      });
      applyHighlightPolicy();
    },
    /** The region is rendered now: its mentions whose text does not show are set aside. True when any was. */
    checkDeferred(region: Element): boolean {
      const waiting = deferred.get(region);
      if (!waiting) return false;
      deferred.delete(region);
      const current = new Set(store.all());
      const notShown = new Set(
        waiting.filter(
          (m) => current.has(m) && m.startNode.isConnected && !isRenderedNow(parentElementOf(m.startNode)!),
        ),
      );
      if (notShown.size === 0) return false;
      removeWhere((m) => notShown.has(m));
      for (const mention of notShown) hidden.push(mention);
      return true;
    },
    removeWhere,
    /**
     * Drops every mention whose text left the document, collapsed, or no longer reads as found (text
     * moved into or out of its range); returns the blocks of the changed ones, to be read again.
     */
    prune(): Set<Node> {
      const changedBlocks = new Set<Node>();
      removeWhere((m) => {
        if (!m.startNode.isConnected || !m.endNode.isConnected) return true;
        // Hidden mentions have no range yet: they are read again when shown.
        if (m.range === undefined) return false;
        if (m.range.collapsed) return true;
        // A live range whose boundary moved out of its text node: the node was taken out and put back.
        const { range } = m;
        const inPlace = range.startContainer === m.startNode && range.endContainer === m.endNode;
        if (
          inPlace &&
          comparePoints(m.startNode, m.startOffset, m.endNode, m.endOffset) < 0 &&
          sameLetters(range.toString(), m.text)
        )
          return false;
        changedBlocks.add(containingBlock(m.startNode.parentNode ?? m.startNode));
        return true;
      });
      for (const [region, waiting] of deferred) {
        const live = waiting.filter((m) => m.startNode.isConnected);
        if (live.length === 0 || !region.isConnected) deferred.delete(region);
        else if (live.length < waiting.length) deferred.set(region, live);
      }
      return changedBlocks;
    },
    /** The region became an editor (or otherwise not read): its mentions go. */
    dropInside(region: Node): void {
      removeWhere((m) => region.contains(m.startNode));
    },
    /** Sets aside the mentions whose text the reader hid ("Not about CCSVI?"). */
    hideWhere(isHidden: (text: string) => boolean): void {
      const hiddenNow = new Set(store.all().filter((m) => isHidden(m.text)));
      removeWhere((m) => hiddenNow.has(m));
      hidden.push(...hiddenNow);
    },
    /** The mentions set aside become candidates again (those still in the page), to be checked anew. */
    reconsiderHidden(): void {
      const candidates = hidden;
      hidden = [];
      for (const placed of candidates) if (placed.startNode.isConnected) accept(placed);
    },
    /** Sorts again if a move broke document order (MentionStore.restoreOrder); highlights follow. */
    restoreOrder(): void {
      if (store.restoreOrder()) applyHighlightPolicy();
    },
    /** Gives highlights to the mentions that deserve them, in document order; takes them from the others. */
    applyHighlightPolicy,
    /** Forgets everything (the scanner stopped); every highlight is taken away. */
    clear(): void {
      for (const mention of store.clear()) unhighlight(mention);
      hidden = [];
      byStartNode.clear();
      pending = [];
      pendingStarts.clear();
      deferred.clear();
    },
  };

  function accept(placed: PlacedMention): void {
    const same = (list: readonly PlacedMention[] | undefined) =>
      list?.some(
        (m) =>
          m.startOffset === placed.startOffset &&
          m.endNode === placed.endNode &&
          m.endOffset === placed.endOffset,
      );
    if (same(byStartNode.get(placed.startNode)) || same(pendingStarts.get(placed.startNode))) return;
    if (rules.hides?.(placed.text)) {
      hidden.push(placed);
      return;
    }
    pending.push(placed);
    // Set now, not after the visibility check, so that later roots of the same pass (shadow roots,
    // frames of text further down) already see the topic as named.
    if (!rules.matcher.needsContext(placed.termId)) found.topicEstablished = true;
    const starts = pendingStarts.get(placed.startNode);
    if (starts) starts.push(placed);
    else pendingStarts.set(placed.startNode, [placed]);
  }

  function add(placed: PlacedMention): FoundMention {
    const range = doc.createRange();
    range.setStart(placed.startNode, placed.startOffset);
    range.setEnd(placed.endNode, placed.endOffset);
    const mention: FoundMention = { ...placed, id: nextId++, range, highlighted: false };
    store.insert(mention);
    const same = byStartNode.get(placed.startNode);
    if (same) same.push(mention);
    else byStartNode.set(placed.startNode, [mention]);
    return mention;
  }

  /**
   * A mention in a content-visibility:auto region the browser skips for now counts as shown (the reader
   * can scroll to it); once the region is rendered, the exact check runs and may hide it after all.
   */
  function deferUntilRendered(region: Element, mention: FoundMention): void {
    const waiting = deferred.get(region);
    if (waiting) waiting.push(mention);
    else deferred.set(region, [mention]);
    watchRegion(region);
  }

  function removeWhere(doomed: (m: FoundMention) => boolean): void {
    const removed = store.removeWhere(doomed);
    let removedHighlighted = false;
    for (const mention of removed) {
      if (mention.highlighted) {
        unhighlight(mention);
        removedHighlighted = true;
      }
      const list = byStartNode.get(mention.startNode);
      const rest = list?.filter((m) => m !== mention) ?? [];
      if (rest.length > 0) byStartNode.set(mention.startNode, rest);
      else byStartNode.delete(mention.startNode);
    }
    if (hidden.length > 0) hidden = hidden.filter((h) => !doomed(h as FoundMention));
    if (removedHighlighted) applyHighlightPolicy();
  }

  function applyHighlightPolicy(): void {
    const mentions = store.all();
    const chosen = chooseHighlighted(mentions, rules.maxHighlighted, rules.highlightScope ?? 'all');
    mentions.forEach((mention, i) => {
      if (chosen[i]) {
        if (!mention.highlighted) highlight(mention);
      } else if (mention.highlighted) {
        unhighlight(mention);
      }
    });
  }

  function highlight(mention: FoundMention): void {
    mention.highlighted = true;
    rules.highlights.add(mention.range);
  }

  function unhighlight(mention: FoundMention): void {
    if (!mention.highlighted) return;
    mention.highlighted = false;
    rules.highlights.remove(mention.range);
  }

  return found;
}

/** The mentions of one document and what becomes of them. */
export type FoundMentions = ReturnType<typeof createFoundMentions>;
