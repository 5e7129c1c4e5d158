// Which elements are looked at for a shadow root, in a real browser (XPath, element counts).
import { afterEach, expect, test } from 'vitest';
import { shadowHostCandidates, WHOLE_WALK_MAX_ELEMENTS } from '../../core/shadow-hosts';

afterEach(() => {
  document.body.innerHTML = '';
});

function hostsFound(root: Node): Element[] {
  const cursor = shadowHostCandidates(root);
  const found: Element[] = [];
  for (let el = cursor?.next() ?? null; el !== null; el = cursor!.next()) if (el.shadowRoot) found.push(el);
  return found;
}

function page(filler: number): { custom: Element; plain: Element } {
  const stage = document.body.appendChild(document.createElement('main'));
  stage.innerHTML = '<p>x</p>'.repeat(filler);
  const custom = stage.appendChild(document.createElement('comment-card'));
  custom.attachShadow({ mode: 'open' }).innerHTML = '<p>CCSVI</p>';
  const plain = stage.appendChild(document.createElement('div'));
  plain.attachShadow({ mode: 'open' }).innerHTML = '<p>CCSVI</p>';
  return { custom, plain };
}

test('a small page is walked whole: hosts of any kind are found', () => {
  const { custom, plain } = page(100);
  expect(hostsFound(document)).toEqual([custom, plain]);
});

test('on a large page only custom elements are looked at, found natively', () => {
  const { custom } = page(WHOLE_WALK_MAX_ELEMENTS + 10);
  expect(hostsFound(document)).toEqual([custom]);
  // a subtree of the large page that is itself small is walked whole
  const section = document.body.appendChild(document.createElement('section'));
  const late = section.appendChild(document.createElement('div'));
  late.attachShadow({ mode: 'open' });
  expect(hostsFound(section)).toEqual([late]);
});

test('elements taken out of the tree after the query are not returned', () => {
  const { custom } = page(WHOLE_WALK_MAX_ELEMENTS + 10);
  const cursor = shadowHostCandidates(document)!;
  custom.remove();
  const seen: Element[] = [];
  for (let el = cursor.next(); el !== null; el = cursor.next()) seen.push(el);
  expect(seen).not.toContain(custom);
});

test('no element: nothing to look at', () => {
  expect(shadowHostCandidates(document.createDocumentFragment())).toBeNull();
});
