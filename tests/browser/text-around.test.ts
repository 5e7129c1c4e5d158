import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { readTextAround } from '../../core/text-around';
import { TextSegmenter } from '../../core/text-segmenter';

const options = (margin: number) => ({
  margin,
  blocks: new Map<Node, Node>(),
  editables: new Set<Element>(),
});
const textOf = (id: string) => document.getElementById(id)!.firstChild as Text;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readTextAround', () => {
  test("the core is the hit's block run, across inline tags; without margin, nothing else is read", () => {
    document.body.innerHTML =
      '<p>before</p><p id="p">chronic <em id="em">cerebrospinal</em> venous insufficiency</p><p>after</p><p>far</p>';
    const around = readTextAround(document.body, textOf('em'), options(0))!;
    expect(around.segment.text.slice(around.coreStart, around.coreEnd)).toBe(
      'chronic cerebrospinal venous insufficiency',
    );
    expect(around.segment.text).toBe('chronic cerebrospinal venous insufficiency');
    expect(around.coreNodes.map((n) => n.data)).toEqual([
      'chronic ',
      'cerebrospinal',
      ' venous insufficiency',
    ]);
  });

  test('a margin brings in at least that much text of the blocks on each side', () => {
    const blocks = (prefix: string) =>
      Array.from({ length: 30 }, (_, i) => `<p>${prefix} ${i} ${'x'.repeat(40)}</p>`).join('');
    document.body.innerHTML = `${blocks('before')}<h2 id="h">Liberation Procedure</h2>${blocks('after')}`;
    const around = readTextAround(document.body, textOf('h'), options(600))!;
    expect(around.coreStart).toBeGreaterThanOrEqual(600);
    expect(around.segment.text.length - around.coreEnd).toBeGreaterThanOrEqual(600);
    expect(around.segment.text).not.toContain('before 0 ');
    expect(around.segment.text).not.toContain('after 29 ');
  });

  test('a hit in text the segmenter skips has no text around it', () => {
    document.body.innerHTML = '<p>one</p><script id="s">var x = "CCSVI";</script><p>two</p>';
    expect(readTextAround(document.body, textOf('s'), options(600))).toBeNull();
  });
});

describe('readTextAround without margin, against a walk of the whole root', () => {
  type Tree =
    | { kind: 'text'; word: string }
    | { kind: 'br' }
    | { kind: 'skipped'; tag: string }
    | { kind: 'element'; tag: string; children: Tree[] };
  const WORDS = ['river', 'CCSVI', ' ', 'lamp ', ' naïve', 'seven\n'];
  const TAGS = ['b', 'span', 'a', 'p', 'div', 'li', 'section'];
  const treeArb = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ kind: fc.constant('text' as const), word: fc.constantFrom(...WORDS) }),
      fc.record({ kind: fc.constant('br' as const) }),
      fc.record({
        kind: fc.constant('skipped' as const),
        tag: fc.constantFrom('script', 'code', 'textarea'),
      }),
      fc.record({
        kind: fc.constant('element' as const),
        tag: fc.constantFrom(...TAGS),
        children: tie('nodes'),
      }),
    ),
    nodes: fc.array(tie('node'), { maxLength: 5 }),
  })).nodes;

  function build(parent: Node, trees: Tree[]): void {
    for (const tree of trees) {
      if (tree.kind === 'text') parent.appendChild(document.createTextNode(tree.word));
      else if (tree.kind === 'br') parent.appendChild(document.createElement('br'));
      else if (tree.kind === 'skipped') {
        const el = parent.appendChild(document.createElement(tree.tag));
        // A real browser runs a script added to the page: this one is data.
        if (tree.tag === 'script') el.setAttribute('type', 'text/plain');
        el.textContent = 'ccsvi';
      } else build(parent.appendChild(document.createElement(tree.tag)), tree.children);
    }
  }

  test("the core is the run that a whole walk gives the hit's text node, and skipped text has none", () => {
    fc.assert(
      fc.property(treeArb, (trees) => {
        document.body.innerHTML = '';
        const root = document.body;
        build(root, trees);
        const runOf = new Map<Text, { nodes: Text[]; text: string }>();
        const whole = new TextSegmenter(root, { targetLength: 1, maxLength: Infinity });
        for (let segment = whole.next(); segment !== null && segment !== 'paused'; segment = whole.next()) {
          const run = { nodes: segment.runs.map((r) => r.node), text: segment.text };
          for (const node of run.nodes) runOf.set(node, run);
        }
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (
          let node = walker.nextNode() as Text | null;
          node !== null;
          node = walker.nextNode() as Text | null
        ) {
          if (node.data.length === 0) continue;
          const around = readTextAround(root, node, options(0));
          const run = runOf.get(node);
          if (run === undefined) {
            expect(around).toBeNull();
            continue;
          }
          expect(around!.coreNodes).toEqual(run.nodes);
          // line breaks (<br>) at a run's ends may fall on either side of a block boundary
          const trim = (text: string) => text.replace(/^\n+|\n+$/g, '');
          expect(trim(around!.segment.text.slice(around!.coreStart, around!.coreEnd))).toBe(trim(run.text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
