import { editableRootsIn, isBlockElement, OWN_UI_TAG, SKIPPED_TAGS, type EditorTest } from './dom-rules';

/** Between two blocks: a private-use character no term contains (U+FFFF would make Chrome reject the bundle as not UTF-8). */
export const BLOCK_SEPARATOR = '\uE000';
/** Where a `<br>` stands: a line break, which terms may cross like any white space. */
const LINE_BREAK = '\n';

/** One text node's place in a segment's text. */
export interface TextRun {
  node: Text;
  /** offset of the node's first character in the segment text */
  start: number;
  /** the nearest block element (or shadow root / document) that contains the node */
  block: Node;
}

/** Consecutive text of a root, in document order, cut only at block boundaries. */
export interface Segment {
  text: string;
  runs: TextRun[];
}

export interface SegmenterOptions {
  /** a segment is closed at the first block boundary after this many characters */
  targetLength?: number;
  /** a segment is cut wherever it reaches this length, block boundary or not (default 8 × targetLength) */
  maxLength?: number;
  /** start at this node (inside `root`) instead of the root's first child */
  from?: Node;
  /** the editors under `root`, when the caller already knows them (saves a query per segmenter) */
  editables?: EditorTest;
  /** called for each open shadow root met on the way (the caller scans it as a root of its own) */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** scan only text whose containing block is `root` itself, skipping nested blocks (a block's own text) */
  ownTextOnly?: boolean;
}

const HARD_LIMIT_FACTOR = 8;

/**
 * Walks the text of one root with a TreeWalker and cuts it into segments. Steps are resumable, so the
 * caller can spread a huge page over several tasks. Skipped regions (scripts, editors, form fields, the
 * extension's own UI) are pruned whole.
 */
export class TextSegmenter {
  private readonly walker: TreeWalker;
  private readonly targetLength: number;
  private readonly onShadowRoot: ((root: ShadowRoot) => void) | undefined;
  private readonly ownTextOnly: boolean;
  private readonly maxLength: number;
  private readonly from: Node | null;
  /** own-text mode: a nested block was skipped, so the next text starts a new line */
  private skippedBlock = false;
  private readonly blockOf: Map<Node, Node>;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  private started = false;
  private finished = false;

  constructor(
    private readonly root: Node,
    options: SegmenterOptions = {},
    blockCache?: Map<Node, Node>,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
    this.targetLength = options.targetLength ?? 32_768;
    this.maxLength = options.maxLength ?? this.targetLength * HARD_LIMIT_FACTOR;
    this.from = options.from ?? null;
    this.onShadowRoot = options.onShadowRoot;
    this.ownTextOnly = options.ownTextOnly ?? false;
    this.editables = options.editables ?? editableRootsIn(root);
    this.blockOf = blockCache ?? new Map();
  }

  private readonly editables: EditorTest;

  get done(): boolean {
    return this.finished;
  }

  private text = '';
  private runs: TextRun[] = [];
  private previousBlock: Node | null = null;
  /** a text node that did not fit the previous segment and opens the next one */
  private carry: Node | null = null;

  /**
   * The next segment; null at the end; 'paused' when `maxNodes` nodes were visited before a segment
   * was complete (call again to go on: the partial segment is kept).
   */
  next(maxNodes = Infinity): Segment | null | 'paused' {
    if (this.finished) return null;
    const hardLimit = this.maxLength;
    let visited = 0;
    let node = this.carry ?? this.advance();
    this.carry = null;
    while (node !== null) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          const block = this.containingBlock(node.parentNode!);
          if (this.skippedBlock) {
            this.skippedBlock = false;
            if (this.text.length > 0) this.text += BLOCK_SEPARATOR;
          }
          if (this.previousBlock !== null && block !== this.previousBlock) {
            if (this.text.length >= this.targetLength) {
              this.carry = node;
              return this.take();
            }
            this.text += BLOCK_SEPARATOR;
          }
          this.previousBlock = block;
          this.runs.push({ node: node as Text, start: this.text.length, block });
          this.text += data;
          if (this.text.length >= hardLimit) return this.take();
        }
      } else if (node.nodeName === 'BR') {
        this.text += LINE_BREAK;
      }
      if (++visited >= maxNodes) return 'paused';
      node = this.advance();
    }
    this.finished = true;
    return this.runs.length > 0 ? this.take() : null;
  }

  private take(): Segment {
    const segment = { text: this.text, runs: this.runs };
    this.text = '';
    this.runs = [];
    this.previousBlock = null;
    return segment;
  }

  /** Moves to the next node worth a look, pruning skipped and (in own-text mode) nested block subtrees. */
  private advance(): Node | null {
    const walker = this.walker;
    let node: Node | null;
    if (!this.started) {
      this.started = true;
      if (this.from !== null) {
        walker.currentNode = this.from;
        node = this.from;
      } else {
        node = walker.firstChild();
      }
    } else {
      node = walker.nextNode();
    }
    while (node !== null && node.nodeType === 1) {
      const element = node as Element;
      const tag = element.nodeName;
      if (
        SKIPPED_TAGS.has(tag) ||
        tag === OWN_UI_TAG ||
        (this.editables.size > 0 && this.editables.has(element))
      ) {
        node = this.skipSubtree();
        continue;
      }
      if (this.ownTextOnly && element !== this.root && isBlockElement(element)) {
        // As in a full walk, only a block with text in it parts the text around it.
        if (hasText(element)) this.skippedBlock = true;
        node = this.skipSubtree();
        continue;
      }
      const shadow = element.shadowRoot;
      if (shadow && this.onShadowRoot) this.onShadowRoot(shadow);
      if (tag === 'BR') return element;
      node = walker.nextNode();
    }
    return node;
  }

  private skipSubtree(): Node | null {
    const walker = this.walker;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  }

  private containingBlock(parent: Node): Node {
    if (parent === this.lastParent) return this.lastBlock!;
    const block = this.ownTextOnly ? this.root : containingBlock(parent, this.blockOf);
    this.lastParent = parent;
    this.lastBlock = block;
    return block;
  }
}

/** Whether any non-empty text node lies under `element` (usually answered by its first text node). */
function hasText(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    if ((node as Text).data.length > 0) return true;
  return false;
}

/**
 * The nearest block element, shadow root or document that holds `node` (a node's own block when it is
 * one). `cache` remembers the answer for every element on the way up.
 */
export function containingBlock(node: Node, cache?: Map<Node, Node>): Node {
  const path: Node[] = [];
  let current: Node | null = node;
  let block: Node | undefined;
  while (current !== null) {
    const known = cache?.get(current);
    if (known !== undefined) {
      block = known;
      break;
    }
    path.push(current);
    if (current.nodeType !== 1 || isBlockElement(current as Element)) {
      if (current.nodeType !== 3) {
        block = current;
        break;
      }
    }
    current = current.parentNode;
  }
  block ??= path[path.length - 1] ?? node;
  if (cache) for (const n of path) cache.set(n, block);
  return block;
}
