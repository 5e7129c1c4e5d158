/**
 * Random edit batches for the property "after any edits, the scanner's mentions equal a fresh full scan
 * of the final page, in document order". Shared by the Vitest run (happy-dom) and the Chromium run
 * (tests/e2e/fixtures/store-property.html, bundled by tests/e2e/store-property.ts).
 */
import fc from 'fast-check';
import type { PageScanner } from '../../core/page-scanner';

/** Unambiguous terms only: whether an ambiguous one counts depends on what was read before it. */
const MENTIONS = ['CCSVI', 'chronic cerebrospinal venous insufficiency', 'IVCEC', 'CCSVI treatment'];
const WORDS = ['river', 'table', 'quiet', 'lamp', 'orange', 'seven'];

export type Edit =
  | { kind: 'insert-block'; at: number; mention: number | null }
  | { kind: 'insert-inline'; at: number; mention: number | null }
  | { kind: 'remove'; at: number }
  | { kind: 'set-text'; at: number; mention: number | null; keep: boolean }
  | { kind: 'delete-text'; at: number; from: number; length: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'editable'; at: number; on: boolean }
  | { kind: 'shadow'; at: number; mention: number | null }
  /** the churn of issue 17: `count` nodes removed one by one, as many appended */
  | { kind: 'churn'; at: number; count: number; every: number };

const mention = fc.option(fc.nat(MENTIONS.length - 1), { nil: null });

export function editArb(maxChurn: number): fc.Arbitrary<Edit> {
  return fc.oneof(
    fc.record({ kind: fc.constant('insert-block' as const), at: fc.nat(), mention }),
    fc.record({ kind: fc.constant('insert-inline' as const), at: fc.nat(), mention }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('set-text' as const), at: fc.nat(), mention, keep: fc.boolean() }),
    fc.record({
      kind: fc.constant('delete-text' as const),
      at: fc.nat(),
      from: fc.nat(40),
      length: fc.integer({ min: 1, max: 12 }),
    }),
    fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('editable' as const), at: fc.nat(), on: fc.boolean() }),
    fc.record({ kind: fc.constant('shadow' as const), at: fc.nat(), mention }),
    fc.record({
      kind: fc.constant('churn' as const),
      at: fc.nat(),
      count: fc.integer({ min: 1, max: maxChurn }),
      every: fc.integer({ min: 1, max: 400 }),
    }),
  );
}

/** Batches of edits: each batch runs in one task, so the scanner gets it as one MutationObserver batch. */
export function batchesArb(maxChurn: number): fc.Arbitrary<Edit[][]> {
  return fc.array(fc.array(editArb(maxChurn), { minLength: 1, maxLength: 8 }), {
    minLength: 1,
    maxLength: 4,
  });
}

const textOf = (m: number | null, seed: number) =>
  `${WORDS[seed % WORDS.length]} ${m === null ? WORDS[(seed + 1) % WORDS.length] : MENTIONS[m]} ${WORDS[(seed + 2) % WORDS.length]}`;

/** Elements of the page (and its open shadow roots) under `root`, in document order. */
function elementsIn(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...elementsIn(el.shadowRoot));
  }
  return out;
}

/** Text nodes in composed document order (a shadow root's text at its host). */
export function textNodesIn(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) out.push(node as Text);
    const shadow = (node as Element).shadowRoot;
    if (shadow) visit(shadow);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return out;
}

export function applyEdit(doc: Document, stage: Element, edit: Edit): void {
  const elements = elementsIn(stage);
  const pick = (n: number) => (elements.length === 0 ? stage : elements[n % elements.length]!);
  switch (edit.kind) {
    case 'insert-block': {
      const p = doc.createElement('p');
      p.textContent = textOf(edit.mention, edit.at);
      const parent = pick(edit.at);
      parent.insertBefore(p, parent.childNodes[edit.at % (parent.childNodes.length + 1)] ?? null);
      break;
    }
    case 'insert-inline': {
      const span = doc.createElement('span');
      span.textContent = textOf(edit.mention, edit.at);
      const parent = pick(edit.at);
      parent.insertBefore(span, parent.childNodes[edit.at % (parent.childNodes.length + 1)] ?? null);
      break;
    }
    case 'remove':
      if (elements.length > 0) pick(edit.at).remove();
      break;
    case 'set-text': {
      const texts = textNodesIn(stage);
      if (texts.length === 0) break;
      const node = texts[edit.at % texts.length]!;
      node.data = edit.keep ? node.data + ' ' + textOf(edit.mention, edit.at) : textOf(edit.mention, edit.at);
      break;
    }
    case 'delete-text': {
      const texts = textNodesIn(stage);
      if (texts.length === 0) break;
      const node = texts[edit.at % texts.length]!;
      const from = Math.min(edit.from, node.data.length);
      node.deleteData(from, Math.min(edit.length, node.data.length - from));
      break;
    }
    case 'move': {
      const moving = pick(edit.at);
      const target = pick(edit.to);
      if (
        moving === stage ||
        moving.contains(target) ||
        moving.getRootNode() !== doc ||
        target.getRootNode() !== doc
      )
        break;
      target.appendChild(moving);
      break;
    }
    case 'editable': {
      const el = pick(edit.at);
      if (el === stage) break;
      if (edit.on) el.setAttribute('contenteditable', 'true');
      else el.removeAttribute('contenteditable');
      break;
    }
    case 'shadow': {
      const host = doc.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = `<p>${textOf(edit.mention, edit.at)}</p>`;
      pick(edit.at).appendChild(host);
      break;
    }
    case 'churn': {
      const parent = doc.createElement('div');
      pick(edit.at).appendChild(parent);
      for (let i = 0; i < edit.count; i++)
        parent.appendChild(doc.createElement('span')).textContent =
          `${i % edit.every === 0 ? 'CCSVI' : 'word'} ${i} `;
      // The edits the scanner has to follow: each removal and each append is a record of its own.
      while (parent.firstChild) parent.firstChild.remove();
      for (let i = 0; i < edit.count; i++)
        parent.appendChild(doc.createElement('span')).textContent =
          `${(i + 1) % edit.every === 0 ? 'CCSVI' : 'word'} ${i} `;
      break;
    }
  }
}

/** The mentions as comparable lines: text node index and offsets, text, highlighted. */
export function describeMentions(scanner: PageScanner, texts: Text[]): string[] {
  return scanner
    .mentions()
    .map(
      (m) =>
        `${texts.indexOf(m.startNode)}:${m.startOffset}-${texts.indexOf(m.endNode)}:${m.endOffset} ${m.range.toString()} ${m.highlighted ? 'H' : '-'}`,
    );
}

/** A starting page: a few paragraphs, some with mentions, one in a shadow root. */
export function startingPage(stage: Element): void {
  stage.innerHTML = `<section><p>river CCSVI lamp</p><p>quiet table</p><div><p>seven IVCEC orange</p></div></section><p>orange <b>chronic cerebrospinal</b> venous insufficiency</p>`;
  const host = stage.appendChild(stage.ownerDocument.createElement('div'));
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>in a shadow root: CCSVI</p>';
}
