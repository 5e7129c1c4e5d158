// Render state in a real browser: checkVisibility, content-visibility and styles as Chromium computes them.
import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import { isRenderedNow, newRenderStateCache, renderStateOf } from '../../core/render-state';

afterEach(() => {
  document.body.innerHTML = '';
});

test('shown text is rendered, hidden text is not, and text in an off-screen content-visibility region names the region', () => {
  document.body.innerHTML = `
    <p id="shown">CCSVI</p>
    <div style="display: none"><p id="none">CCSVI</p></div>
    <div style="visibility: hidden"><p id="invisible">CCSVI</p></div>
    <div style="height: 5000px"></div>
    <section id="region" style="content-visibility: auto; contain-intrinsic-size: auto 500px"><p id="skipped">CCSVI</p></section>`;
  const byId = (id: string) => document.getElementById(id)!;
  expect(renderStateOf(byId('shown'))).toBe('rendered');
  expect(renderStateOf(byId('none'))).toBe('hidden');
  expect(renderStateOf(byId('invisible'))).toBe('hidden');
  expect(renderStateOf(byId('skipped'))).toBe(byId('region'));
  // Asked exactly (forcing the style work), the skipped text is there to be scrolled to.
  expect(isRenderedNow(byId('skipped'))).toBe(true);
  expect(isRenderedNow(byId('none'))).toBe(false);
});

type Tree = { style: string; children: Tree[] };
const STYLES = [
  '',
  'display: none',
  'visibility: hidden',
  'visibility: visible',
  'content-visibility: auto; contain-intrinsic-size: auto 40px; margin-top: 3000px',
];
const treeArb = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    style: fc.constantFrom(...STYLES),
    children: fc.oneof(
      { maxDepth: 5, depthIdentifier: 'tree' },
      fc.constant<Tree[]>([]),
      fc.array(tie('tree'), { maxLength: 3 }),
    ),
  }),
})).tree;

function build(parent: Element, tree: Tree, out: Element[]): void {
  const el = parent.appendChild(document.createElement('div'));
  el.setAttribute('style', tree.style);
  el.append('text ');
  out.push(el);
  for (const child of tree.children) build(el, child, out);
}

test('answers with a shared cache, asked in any order, are those asked afresh', () => {
  fc.assert(
    fc.property(treeArb, fc.infiniteStream(fc.nat()), (tree, picks) => {
      document.body.innerHTML = '';
      const elements: Element[] = [];
      build(document.body, tree, elements);
      const fresh = elements.map((el) => renderStateOf(el));
      const cache = newRenderStateCache();
      const order = elements
        .map((el, i) => ({ i, key: picks.next().value + i / elements.length }))
        .sort((a, b) => a.key - b.key);
      for (const { i } of order) expect(renderStateOf(elements[i]!, cache)).toBe(fresh[i]);
    }),
    { numRuns: 200 },
  );
});
