import fc from 'fast-check';
import { compareMentions, comparePoints, MentionStore, type MentionBounds } from '../../core/mention-store';

beforeEach(() => {
  document.body.innerHTML = '';
});

function mentionOf(node: Text, start: number, end: number): MentionBounds {
  return { startNode: node, startOffset: start, endNode: node, endOffset: end };
}

describe('document order', () => {
  test('within one text node by offset, then across nodes', () => {
    document.body.innerHTML = '<p id="a">one two</p><p id="b">three</p>';
    const a = document.getElementById('a')!.firstChild as Text;
    const b = document.getElementById('b')!.firstChild as Text;
    expect(comparePoints(a, 0, a, 4)).toBe(-1);
    expect(comparePoints(a, 4, a, 0)).toBe(1);
    expect(comparePoints(a, 4, b, 0)).toBe(-1);
    expect(comparePoints(b, 0, a, 4)).toBe(1);
    expect(compareMentions(mentionOf(a, 0, 3), mentionOf(a, 0, 7))).toBe(-1);
  });

  test('a shadow root counts at its host: after text before the host, before text after it', () => {
    document.body.innerHTML = '<p id="before">before</p><div id="host"></div><p id="after">after</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p><span id="deep"></span>';
    const deeper = (shadow.getElementById('deep') as HTMLElement).attachShadow({ mode: 'open' });
    deeper.innerHTML = 'deeper';
    const before = document.getElementById('before')!.firstChild!;
    const after = document.getElementById('after')!.firstChild!;
    const inside = shadow.firstChild!.firstChild!;
    const deep = deeper.firstChild!;
    expect(comparePoints(before, 0, inside, 0)).toBe(-1);
    expect(comparePoints(inside, 0, after, 0)).toBe(-1);
    expect(comparePoints(after, 0, inside, 0)).toBe(1);
    expect(comparePoints(inside, 0, deep, 0)).toBe(-1);
    expect(comparePoints(deep, 0, after, 0)).toBe(-1);
    expect(comparePoints(before, 0, deep, 0)).toBe(-1);
  });
});

describe('MentionStore', () => {
  test('mentions inserted in any order come out in document order; removals keep the order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.infiniteStream(fc.nat()), (count, picks) => {
        document.body.innerHTML = '';
        const nodes: Text[] = [];
        for (let i = 0; i < count; i++) {
          const p = document.body.appendChild(document.createElement('p'));
          // Some mentions sit in shadow roots, some two to a node.
          const parent = i % 5 === 4 ? p.attachShadow({ mode: 'open' }) : p;
          nodes.push(parent.appendChild(document.createTextNode(`CCSVI ${i} CCSVI`)));
        }
        const expected = nodes.flatMap((n) => [
          mentionOf(n, 0, 5),
          mentionOf(n, n.data.length - 5, n.data.length),
        ]);
        const shuffled = [...expected];
        const it = picks[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = it.next().value! % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const store = new MentionStore<MentionBounds>();
        for (const m of shuffled) store.insert(m);
        expect(store.all()).toEqual(expected);
        const doomed = new Set(expected.filter(() => it.next().value! % 3 === 0));
        store.removeWhere((m) => doomed.has(m));
        expect(store.all()).toEqual(expected.filter((m) => !doomed.has(m)));
      }),
      { numRuns: 100 },
    );
  });
});
