import { stripInvisible } from './invisible-chars';

/**
 * The scanner's first pass over a root: reads its text with textContent, the top level child by child
 * (a document's head and body), each as a whole subtree (one native read costs far less than many small
 * ones), and looks for the terms' anchors in it a piece at a time. Each anchor found is kept as a unit
 * (text node or element read whole) and an offset in its text; HitLocator finds its text node later.
 */

/** Where an anchor starts: a text node, or an element read whole and an offset in its text. */
export interface PendingHit {
  unit: Node;
  offset: number;
}

/** 'more': call again; 'done': the root is read, see `hits`; 'walk-all': one walk of the whole root is better. */
export type AnchorScanState = 'more' | 'done' | 'walk-all';

const CHUNK = 256 * 1024;
/** the first pieces are small, so that a page dense with hits is told early */
const FIRST_CHUNK = 16 * 1024;
/** the end of each piece is read again with the next, for anchors that straddle the cut */
const OVERLAP = 64;
/** Levels read child by child: a document and its root element; below, each child is read whole. */
const SPLIT_DEPTH = 2;
/**
 * A document of more HTML than this is read in smaller pieces (child by child down to the fifth level):
 * one read of its whole body would be a task over the 50 ms budget.
 */
export const LARGE_DOCUMENT_BYTES = 6_000_000;
const LARGE_SPLIT_DEPTH = 5;
/**
 * Scanning around one hit (finding its text node, reading its block) costs about what a full walk
 * spends on 2,500 characters of text (measured on the bench pages): past one hit per 2,500
 * characters read, and at least 64 hits, the whole root is walked instead.
 */
const CHARS_PER_TARGETED_HIT = 2_500;
const TARGETED_HITS_MIN = 64;

/** A parent whose children are read one by one, and the next child to read. */
interface Frame {
  parent: Node;
  next: Node | null;
}

export class AnchorScan {
  readonly hits: PendingHit[] = [];

  /** how many characters of the root's text were read so far */
  get charsRead(): number {
    return this.read;
  }
  private readonly frames: Frame[];
  private text = '';
  /** the text nodes, or elements read whole, that `text` holds, and where each starts in it */
  private units: Node[] = [];
  private starts: number[] = [];
  private read = 0;
  /** how many characters at the start of `text` were searched already (the tail of the last piece) */
  private searchedTail = 0;
  private lastHitAt = -1;

  /** `onMoved` gets a parent whose children changed under the scan: its rest must be read as a job of its own. */
  constructor(
    root: Node,
    /** the terms' anchors: one case-insensitive global search (Matcher.anchors) */
    private readonly anchors: RegExp,
    private readonly onMoved: (parent: Node) => void,
    /** the size of the document's HTML, when `root` is a document and the browser tells it */
    htmlBytes = 0,
  ) {
    this.frames = [{ parent: root, next: root.firstChild }];
    this.splitDepth = htmlBytes > LARGE_DOCUMENT_BYTES ? LARGE_SPLIT_DEPTH : SPLIT_DEPTH;
  }

  private readonly splitDepth: number;

  step(budgetMs: number): AnchorScanState {
    const deadline = performance.now() + budgetMs;
    const frames = this.frames;
    let visited = 0;
    for (;;) {
      const frame = frames[frames.length - 1];
      const unsearched = this.text.length - this.searchedTail;
      if (unsearched >= this.chunkLength() || (frame === undefined && unsearched > 0)) {
        if (!this.lookIntoPiece()) return 'walk-all';
        if (performance.now() > deadline) return 'more';
        continue;
      }
      if (frame === undefined) return 'done';
      const node = frame.next;
      if (node === null) {
        frames.pop();
        continue;
      }
      if (node.parentNode !== frame.parent) {
        frames.pop();
        this.onMoved(frame.parent);
        continue;
      }
      frame.next = node.nextSibling;
      const type = node.nodeType;
      if (type === 3) {
        if (!this.append(node, (node as Text).data)) return 'walk-all';
      } else if (type === 1) {
        const elementChildren = (node as Element).childElementCount;
        if (frames.length < this.splitDepth && elementChildren > 0) {
          frames.push({ parent: node, next: node.firstChild });
        } else if (!this.append(node, node.textContent ?? '')) {
          return 'walk-all';
        }
      }
      // A big piece of text is looked into at the start of the next step, not on top of this one.
      if (((++visited & 31) === 0 || this.text.length >= this.chunkLength()) && performance.now() > deadline)
        return 'more';
    }
  }

  private chunkLength(): number {
    return Math.min(CHUNK, Math.max(FIRST_CHUNK, this.read));
  }

  /** False when looking into the text so far told that the whole root is better walked. */
  private append(unit: Node, text: string): boolean {
    if (text.length > CHUNK && this.text.length > 0) return this.appendBig(unit, text);
    this.units.push(unit);
    this.starts.push(this.text.length);
    this.text += text;
    this.read += text.length;
    return true;
  }

  /**
   * Joined to the text before it, a text of megabytes would be copied whole by V8 on the first slice
   * (a page's body read whole is such a text). So the text before it is looked into
   * with the big text's first characters, for anchors that straddle the seam, and the big text is then
   * kept as it is: an anchor found twice is kept once.
   */
  private appendBig(unit: Node, text: string): boolean {
    this.append(unit, text.slice(0, OVERLAP));
    while (this.text.length > this.searchedTail) if (!this.lookIntoPiece()) return false;
    this.units = [unit];
    this.starts = [0];
    this.text = text;
    this.searchedTail = 0;
    this.read += text.length - OVERLAP;
    return true;
  }

  /**
   * Adds the anchors in the next piece of the text read (at most CHUNK new characters: an element read
   * whole may hold megabytes, and searching them at once would be a long task) to `hits`, and drops the
   * piece but its tail. False when the whole root is better walked: hits so dense that scanning around
   * each would cost more than one walk.
   */
  private lookIntoPiece(): boolean {
    const { units, starts } = this;
    const text = this.text.length > CHUNK + OVERLAP ? this.text.slice(0, CHUNK + OVERLAP) : this.text;
    const { text: visible, toOriginal } = stripInvisible(text);
    const anchors = this.anchors;
    anchors.lastIndex = 0;
    let found = anchors.exec(visible);
    if (found !== null) {
      const pieceStart = this.read - this.text.length;
      let unit = 0;
      const cap = Math.max(TARGETED_HITS_MIN, this.read / CHARS_PER_TARGETED_HIT);
      for (; found !== null; found = anchors.exec(visible)) {
        if (this.hits.length >= cap) return false;
        const offset = toOriginal ? toOriginal[found.index]! : found.index;
        if (pieceStart + offset <= this.lastHitAt) continue; // in the overlap, already kept
        this.lastHitAt = pieceStart + offset;
        while (unit + 1 < units.length && starts[unit + 1]! <= offset) unit++;
        this.hits.push({ unit: units[unit]!, offset: offset - starts[unit]! });
      }
    }
    const cut = Math.max(0, text.length - OVERLAP);
    this.keepTail(cut);
    this.searchedTail = text.length - cut;
    return true;
  }

  /** Drops the text before `cut` (keeping what follows, which starts with the searched tail) and the units that lie wholly before it. */
  private keepTail(cut: number): void {
    if (cut === 0) return;
    let first = this.units.length;
    while (first > 0 && this.starts[first - 1]! > cut) first--;
    if (first > 0) first--; // the unit that straddles the cut stays, starting before 0
    this.units = this.units.slice(first);
    this.starts = this.starts.slice(first).map((start) => start - cut);
    this.text = this.text.slice(cut);
  }
}

/** Finds the text node of each hit, walking an element's text nodes once however many hits it holds (hits come in order). */
export class HitLocator {
  private unit: Node | null = null;
  private walker: TreeWalker | null = null;
  private node: Text | null = null;
  /** offset of `node`'s first character in the unit's text */
  private nodeStart = 0;

  /** The hit's text node; null if the page changed under it; 'paused' after `maxNodes` nodes (call again). */
  locate(hit: PendingHit, maxNodes: number): Text | null | 'paused' {
    if (hit.unit.nodeType === 3) return hit.unit as Text;
    if (this.unit !== hit.unit || this.walker === null) {
      this.unit = hit.unit;
      this.walker = (hit.unit.ownerDocument ?? (hit.unit as Document)).createTreeWalker(
        hit.unit,
        0x4 /* SHOW_TEXT */,
      );
      this.node = this.walker.nextNode() as Text | null;
      this.nodeStart = 0;
    }
    // `length`, not `data.length`: reading `data` copies each node's text into a new JS string.
    for (let steps = 0; this.node !== null && this.nodeStart + this.node.length <= hit.offset; steps++) {
      if (steps === maxNodes) return 'paused';
      this.nodeStart += this.node.length;
      this.node = this.walker.nextNode() as Text | null;
    }
    return this.node;
  }
}
