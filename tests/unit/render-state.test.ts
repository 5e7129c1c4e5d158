import fc from 'fast-check';
import { newRenderStateCache, renderStateOf, type RenderState } from '../../core/render-state';

/**
 * happy-dom has no checkVisibility, so each element gets one that answers from the generated tree, and
 * getComputedStyle answers content-visibility from it too. The answers with a cache shared across calls
 * (in any order) must be those of the rule asked afresh for each element.
 */
type Tree = { visible: boolean; skips: boolean; children: Tree[] };

const treeArb = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    visible: fc.boolean(),
    skips: fc.boolean(),
    children: fc.oneof({ maxDepth: 5, depthIdentifier: 'tree' }, fc.constant<Tree[]>([]), fc.array(tie('tree'), { maxLength: 3 })),
  }),
})).tree;

const visible = new WeakMap<Element, boolean>();
const skips = new WeakMap<Element, boolean>();

function build(parent: Element, tree: Tree, out: Element[]): void {
  const el = parent.appendChild(document.createElement('div'));
  visible.set(el, tree.visible);
  skips.set(el, tree.skips);
  Object.defineProperty(el, 'checkVisibility', { value: () => visible.get(el) });
  out.push(el);
  for (const child of tree.children) build(el, child, out);
}

/** The rule, with no cache: the first cheaply visible element from `el` up decides. */
function expected(el: Element): RenderState {
  if (visible.get(el)) return 'rendered';
  for (let parent = el.parentElement; parent !== null; parent = parent.parentElement) {
    if (visible.get(parent)) return skips.get(parent) ? parent : 'hidden';
  }
  return 'hidden';
}

test('answers with a shared cache, asked in any order, are those of the rule asked afresh', () => {
  const realStyle = window.getComputedStyle;
  window.getComputedStyle = ((el: Element) => ({ contentVisibility: skips.get(el) ? 'auto' : 'visible' })) as unknown as typeof window.getComputedStyle;
  // above the generated tree, nothing is visible
  for (const el of [document.documentElement, document.body]) Object.defineProperty(el, 'checkVisibility', { value: () => false, configurable: true });
  try {
    fc.assert(
      fc.property(treeArb, fc.infiniteStream(fc.nat()), (tree, picks) => {
        document.body.innerHTML = '';
        const elements: Element[] = [];
        build(document.body, tree, elements);
        const cache = newRenderStateCache();
        const order = elements.map((el, i) => ({ el, key: picks.next().value + i / elements.length })).sort((a, b) => a.key - b.key);
        for (const { el } of order) expect(renderStateOf(el, cache)).toBe(expected(el));
      }),
      { numRuns: 300 },
    );
  } finally {
    window.getComputedStyle = realStyle;
    for (const el of [document.documentElement, document.body]) delete (el as Partial<Element>).checkVisibility;
  }
});
