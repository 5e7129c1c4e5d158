/**
 * Which highlighted mention is under a point. The browser's hit-testing APIs come in through a
 * `HitProbe` (`domProbe` for a document). Whatever the probe says, the answer is always confirmed
 * against the mention's own line boxes (`Range.getClientRects()`), as Yomitan does: a caret "nearest to
 * the point" would otherwise count the end of a line or the margin beside it as a hit.
 */

export interface RectLike {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface HitMention {
  readonly range: Range;
  /** the block element holding the mention (from the scanner) */
  readonly block: Node;
}

export interface HitProbe {
  /**
   * Ranges of every custom highlight at the point (`CSS.highlights.highlightsFromPoint`), or null when
   * the browser cannot say (no API, or an older shape without ranges).
   */
  rangesAt?(x: number, y: number): readonly unknown[] | null;
  /** The caret position at the point (`caretPositionFromPoint` / `caretRangeFromPoint`). */
  caretAt?(x: number, y: number): { node: Node; offset: number } | null;
}

export interface Hit<M> {
  mention: M;
  /** the line box of the mention under the point */
  rect: RectLike;
}

/** Pixels of tolerance around a line box: pointer events land a little outside text boxes. */
const SLACK = 2;

export function isEmptyRect(rect: RectLike): boolean {
  return rect.right - rect.left <= 0 || rect.bottom - rect.top <= 0;
}

/** The first non-empty rect that holds the point (edges and SLACK around them included), if any. */
export function rectAtPoint(rects: ArrayLike<RectLike>, x: number, y: number): RectLike | null {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    const inside = x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK;
    if (inside && !isEmptyRect(r)) return r;
  }
  return null;
}

/** Mentions arranged for quick lookups: by range object, by block, and the shadow roots they live in. */
export class MentionIndex<M extends HitMention> {
  readonly all: readonly M[];
  private readonly byRange = new Map<unknown, M>();
  private readonly byBlock = new Map<Node, M[]>();
  readonly shadowRoots: readonly ShadowRoot[];

  constructor(mentions: readonly M[]) {
    this.all = mentions;
    const roots = new Set<ShadowRoot>();
    for (const mention of mentions) {
      this.byRange.set(mention.range, mention);
      const list = this.byBlock.get(mention.block);
      if (list) list.push(mention);
      else this.byBlock.set(mention.block, [mention]);
      const root = mention.range.startContainer.getRootNode?.();
      if (root && root.nodeType === 11 && (root as ShadowRoot).host) roots.add(root as ShadowRoot);
    }
    this.shadowRoots = [...roots];
  }

  get size(): number {
    return this.all.length;
  }

  /** The mention whose range is this object, or has the same boundaries (a different wrapper of it). */
  byRangeOf(range: unknown): M | undefined {
    const same = this.byRange.get(range);
    if (same || !range || typeof range !== 'object') return same;
    const r = range as Partial<Range>;
    if (!r.startContainer) return undefined;
    return this.inBlockOf(r.startContainer).find(
      (m) =>
        m.range.startContainer === r.startContainer &&
        m.range.startOffset === r.startOffset &&
        m.range.endContainer === r.endContainer &&
        m.range.endOffset === r.endOffset,
    );
  }

  /** Mentions in the nearest block around `node` that holds any (crossing shadow boundaries). */
  inBlockOf(node: Node): readonly M[] {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n as Partial<ShadowRoot>).host ?? null) {
      const list = this.byBlock.get(n);
      if (list) return list;
    }
    return [];
  }
}

function confirm<M extends HitMention>(mention: M, x: number, y: number): Hit<M> | null {
  const rect = rectAtPoint(mention.range.getClientRects(), x, y);
  return rect ? { mention, rect } : null;
}

function pointInMention(mention: HitMention, node: Node, offset: number): boolean {
  try {
    return mention.range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}

/**
 * The highlighted mention under (x, y), in viewport coordinates, or null.
 * 1. `highlightsFromPoint` when the browser has it: it names the ranges painted at the point.
 * 2. Otherwise the caret at the point, looked up among the mentions of its block.
 * 3. Otherwise every mention's line boxes.
 */
export function mentionAt<M extends HitMention>(
  x: number,
  y: number,
  index: MentionIndex<M>,
  probe: HitProbe,
): Hit<M> | null {
  if (index.size === 0) return null;
  const ranges = probe.rangesAt?.(x, y) ?? null;
  if (ranges) {
    for (const range of ranges) {
      const mention = index.byRangeOf(range);
      const hit = mention && confirm(mention, x, y);
      if (hit) return hit;
    }
    return null;
  }
  if (probe.caretAt) {
    const caret = probe.caretAt(x, y);
    if (!caret) return null;
    for (const mention of index.inBlockOf(caret.node)) {
      if (!pointInMention(mention, caret.node, caret.offset)) continue;
      const hit = confirm(mention, x, y);
      if (hit) return hit;
    }
    return null;
  }
  for (const mention of index.all) {
    const hit = confirm(mention, x, y);
    if (hit) return hit;
  }
  return null;
}

interface HighlightsFromPoint {
  highlightsFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => unknown;
}

/** The browser's hit-testing APIs for one document, as a HitProbe. */
export function domProbe(doc: Document, shadowRoots: () => readonly ShadowRoot[]): HitProbe {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightsFromPoint } }) | null;
  const registry = win?.CSS?.highlights;
  const fromPoint = registry?.highlightsFromPoint;
  const probe: HitProbe = {};
  if (typeof fromPoint === 'function') {
    probe.rangesAt = (x, y) => {
      let hits: unknown;
      try {
        hits = fromPoint.call(registry, x, y, { shadowRoots: [...shadowRoots()] });
      } catch {
        return null;
      }
      if (!Array.isArray(hits)) return null;
      const ranges: unknown[] = [];
      for (const hit of hits as Array<{ ranges?: unknown }>) {
        // The first shipped shape returned bare Highlight objects: no ranges to go by.
        if (!hit || !Array.isArray(hit.ranges)) return null;
        ranges.push(...hit.ranges);
      }
      return ranges;
    };
  }
  const d = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => CaretPosition | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    probe.caretAt = (x, y) => {
      const pos = d.caretPositionFromPoint!(x, y, { shadowRoots: [...shadowRoots()] });
      return pos?.offsetNode ? { node: pos.offsetNode, offset: pos.offset } : null;
    };
  } else if (typeof d.caretRangeFromPoint === 'function') {
    probe.caretAt = (x, y) => {
      const range = d.caretRangeFromPoint!(x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : null;
    };
  }
  return probe;
}
