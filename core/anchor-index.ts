/**
 * Finds many literal strings ("anchors") in a text at once, at a few nanoseconds per character whatever
 * their number. A RegExp alternation of 10,000 literals compiles quickly but runs some 30 times slower
 * than a small one; here a rolling hash of the first `q` characters at each position (q = the shortest
 * anchor's length, at most MAX_Q) is looked up in a bitmap, and only positions whose bit is set are
 * checked with startsWith against the anchors that share that hash.
 */

/** Longer prefixes would make fewer false candidates, but every anchor must be at least this long. */
const MAX_Q = 8;

export interface AnchorIndex {
  readonly anchors: readonly string[];
  /** whether any anchor occurs in `text` (and `accept` takes the occurrence) */
  test(text: string, accept?: Accept): boolean;
  /** start offsets of every (accepted) anchor occurrence in `text`, ascending, overlapping ones included, each offset once */
  offsets(text: string, accept?: Accept): number[];
  /** calls `hit` for every occurrence with the anchor's index in `anchors` and where it starts, in no particular order */
  forEachHit(text: string, hit: (anchor: number, offset: number) => void): void;
}

/** whether an occurrence of anchor `anchor` at `start` counts */
export type Accept = (anchor: number, start: number, text: string) => boolean;

interface Tier {
  /** how many characters from a start are hashed */
  q: number;
  /** multiplier that shifts a character out of the 32-bit hash after q more */
  factor: number;
  shift: number;
  bitmap: Uint32Array;
  /** the first anchor of each set bit's bucket; `next` chains the others, -1 ends */
  first: Map<number, number>;
}

const GOLDEN = 0x9e3779b1;

function createTier(
  anchors: readonly string[],
  members: readonly number[],
  q: number,
  next: Int32Array,
): Tier {
  // hash = hash * 2^ceil(32 / q) + code: a character q positions back has been shifted out of the 32 bits,
  // so the hash depends on the last q characters only and needs no subtraction to roll.
  const factor = 2 ** Math.ceil(32 / q);
  // about 1 bit in 64 set: few false candidates, and the bitmap stays small enough for the cache
  let bits = 12;
  while (bits < 22 && 1 << bits < members.length * 64) bits++;
  const shift = 32 - bits;
  const bitmap = new Uint32Array(1 << (bits - 5));
  const first = new Map<number, number>();
  // in reverse, so that each bucket chains its anchors in index order
  for (let m = members.length - 1; m >= 0; m--) {
    const index = members[m]!;
    const anchor = anchors[index]!;
    let hash = 0;
    for (let i = 0; i < q; i++) hash = (Math.imul(hash, factor) + anchor.charCodeAt(i)) | 0;
    const slot = Math.imul(hash, GOLDEN) >>> shift;
    bitmap[slot >>> 5]! |= 1 << (slot & 31);
    next[index] = first.get(slot) ?? -1;
    first.set(slot, index);
  }
  return { q, factor, shift, bitmap, first };
}

/**
 * `anchors` must be non-empty strings; duplicates are allowed (each is reported).
 *
 * A few short anchors would force a short q on all, and a short q makes many false candidates (with the
 * 10,000 synthetic terms, q = 4 scans at half the speed of q = 6). So anchors shorter than the tenth
 * percentile length (at most MAX_Q) get a second bitmap with their own q, both read in one pass.
 */
export function createAnchorIndex(anchors: readonly string[]): AnchorIndex {
  if (anchors.length === 0 || anchors.some((a) => a.length === 0))
    throw new Error('Anchors must be non-empty strings');
  // how many anchors are shorter than each length up to MAX_Q
  const shorter = new Int32Array(MAX_Q + 2);
  for (const anchor of anchors) shorter[Math.min(anchor.length, MAX_Q) + 1]!++;
  for (let q = 1; q <= MAX_Q + 1; q++) shorter[q]! += shorter[q - 1]!;
  let shortQ = 1;
  while (shorter[shortQ + 1] === 0) shortQ++;
  let longQ = shortQ;
  while (longQ < MAX_Q && shorter[longQ + 1]! <= Math.floor(anchors.length / 10)) longQ++;
  const next = new Int32Array(anchors.length);
  const longMembers: number[] = [];
  const shortMembers: number[] = [];
  anchors.forEach((anchor, i) => (anchor.length >= longQ ? longMembers : shortMembers).push(i));
  const long = createTier(anchors, longMembers, longQ, next);
  const short = shortQ < longQ ? createTier(anchors, shortMembers, shortQ, next) : null;

  /**
   * Calls `visit` with each start where a bit is set and the first anchor of its bucket, until it returns
   * true. One loop over the characters, each tier's hash rolling forward; each tier's starts come in
   * ascending order, but the short tier's run up to longQ - shortQ ahead of the long tier's.
   */
  function scan(text: string, visit: (start: number, first: number, tier: 0 | 1) => boolean): void {
    const n = text.length;
    const { q, factor, shift, bitmap, first } = long;
    let hash = 0;
    if (!short) {
      for (let i = 0; i < n; i++) {
        hash = (Math.imul(hash, factor) + text.charCodeAt(i)) | 0;
        if (i < q - 1) continue;
        const slot = Math.imul(hash, GOLDEN) >>> shift;
        if ((bitmap[slot >>> 5]! & (1 << (slot & 31))) !== 0 && visit(i - q + 1, first.get(slot)!, 0)) return;
      }
      return;
    }
    const { q: sq, factor: sFactor, shift: sShift, bitmap: sBitmap, first: sFirst } = short;
    let sHash = 0;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      hash = (Math.imul(hash, factor) + code) | 0;
      sHash = (Math.imul(sHash, sFactor) + code) | 0;
      if (i < sq - 1) continue;
      const sSlot = Math.imul(sHash, GOLDEN) >>> sShift;
      if ((sBitmap[sSlot >>> 5]! & (1 << (sSlot & 31))) !== 0 && visit(i - sq + 1, sFirst.get(sSlot)!, 1))
        return;
      if (i < q - 1) continue;
      const slot = Math.imul(hash, GOLDEN) >>> shift;
      if ((bitmap[slot >>> 5]! & (1 << (slot & 31))) !== 0 && visit(i - q + 1, first.get(slot)!, 0)) return;
    }
  }

  /** Whether an anchor of the bucket starting with `first` occurs at `start` and is accepted. */
  const occursAt = (text: string, start: number, first: number, accept?: Accept) => {
    for (let a = first; a >= 0; a = next[a]!)
      if (text.startsWith(anchors[a]!, start) && (!accept || accept(a, start, text))) return true;
    return false;
  };

  return {
    anchors,
    test(text, accept) {
      let found = false;
      scan(text, (start, first) => (found = occursAt(text, start, first, accept)));
      return found;
    },
    offsets(text, accept) {
      const perTier: [number[], number[]] = [[], []];
      scan(text, (start, first, tier) => {
        if (occursAt(text, start, first, accept)) perTier[tier].push(start);
        return false;
      });
      const [a, b] = perTier;
      if (b.length === 0) return a;
      if (a.length === 0) return b;
      // merge the two ascending lists, each offset once
      const out: number[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length || j < b.length) {
        const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
        if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
      }
      return out;
    },
    forEachHit(text, hit) {
      scan(text, (start, first) => {
        for (let a = first; a >= 0; a = next[a]!) if (text.startsWith(anchors[a]!, start)) hit(a, start);
        return false;
      });
    },
  };
}
