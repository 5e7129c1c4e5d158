import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createScanner, texts } from './helpers/scan-dom';

/**
 * Random DOM trees with planted mentions: nested inline tags, nested blocks, editable and skipped
 * regions, open shadow roots, odd white space. Every planted mention in readable text must be found
 * exactly once, nothing else may be, and scanning must leave the DOM byte-identical.
 */

/** Unambiguous forms, written with single spaces; the generator may change the spaces. */
const MENTIONS = [
  'CCSVI',
  'chronic cerebrospinal venous insufficiency',
  'chronic cerebro-spinal venous insufficiency',
  'insufficienza venosa cronica cerebrospinale',
  'transvascular autonomic modulation',
  'CCSVI treatment',
  'IVCEC',
] as const;

/** Filler that can never form or touch a term. */
const FILLER = [
  'river',
  'table',
  'quiet',
  'lamp',
  'orange',
  'seven',
  'garden',
  'paper',
  'window',
  'Ünïcode',
  'naïve',
  '42',
];
const GAPS = [' ', '  ', '\u00A0', '\n', ' \n\t '];
const INLINE_TAGS = ['b', 'i', 'em', 'strong', 'span', 'a', 'mark', 'small'];
const BLOCK_TAGS = ['div', 'p', 'section', 'li', 'blockquote', 'h2'];
const SKIPPED = ['textarea', 'script', 'editable', 'style'] as const;

type Item =
  | { kind: 'filler'; words: string[] }
  | { kind: 'mention'; mention: number; gaps: number[]; wrap: number[]; tags: number[] }
  | { kind: 'skipped'; region: (typeof SKIPPED)[number]; mention: number }
  | { kind: 'block'; tag: number; items: Item[] }
  | { kind: 'shadow'; items: Item[] };

const itemArb: fc.Arbitrary<Item> = fc.letrec<{ item: Item; items: Item[] }>((tie) => ({
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('filler' as const),
      words: fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('mention' as const),
      mention: fc.nat(MENTIONS.length - 1),
      gaps: fc.array(fc.nat(GAPS.length - 1), { minLength: 4, maxLength: 4 }),
      // wrap[i] > 0: the i-th word is wrapped in that many nested inline tags
      wrap: fc.array(fc.nat(2), { minLength: 4, maxLength: 4 }),
      tags: fc.array(fc.nat(INLINE_TAGS.length - 1), { minLength: 2, maxLength: 2 }),
    }),
    fc.record({
      kind: fc.constant('skipped' as const),
      region: fc.constantFrom(...SKIPPED),
      mention: fc.nat(MENTIONS.length - 1),
    }),
    fc.record({
      kind: fc.constant('block' as const),
      tag: fc.nat(BLOCK_TAGS.length - 1),
      items: tie('items'),
    }),
    fc.record({ kind: fc.constant('shadow' as const), items: tie('items') }),
  ),
  items: fc.array(tie('item'), { maxLength: 5 }),
})).item;

const treeArb = fc.array(itemArb, { minLength: 1, maxLength: 8 });

/** Builds the items into `parent`; returns the planted mentions that should be found. */
function build(parent: Node, items: Item[]): string[] {
  const doc = document;
  const planted: string[] = [];
  const space = () => parent.appendChild(doc.createTextNode(' '));
  for (const item of items) {
    switch (item.kind) {
      case 'filler':
        space();
        parent.appendChild(doc.createTextNode(item.words.join(' ')));
        space();
        break;
      case 'mention': {
        space();
        const words = MENTIONS[item.mention]!.split(' ');
        words.forEach((word, i) => {
          if (i > 0) parent.appendChild(doc.createTextNode(GAPS[item.gaps[i - 1] ?? 0]!));
          let target: Node = parent;
          for (let depth = 0; depth < (item.wrap[i] ?? 0); depth++) {
            target = target.appendChild(doc.createElement(INLINE_TAGS[item.tags[depth] ?? 0]!));
          }
          target.appendChild(doc.createTextNode(word));
        });
        space();
        planted.push(MENTIONS[item.mention]!);
        break;
      }
      case 'skipped': {
        const text = ` ${MENTIONS[item.mention]} `;
        if (item.region === 'editable') {
          const div = doc.createElement('div');
          div.setAttribute('contenteditable', 'true');
          div.appendChild(doc.createElement('b')).textContent = text;
          parent.appendChild(div);
        } else {
          const region = doc.createElement(item.region);
          // A data block, so the browser does not run the text as a script.
          if (item.region === 'script') region.setAttribute('type', 'text/plain');
          parent.appendChild(region).textContent = text;
        }
        break;
      }
      case 'block':
        planted.push(...build(parent.appendChild(doc.createElement(BLOCK_TAGS[item.tag]!)), item.items));
        break;
      case 'shadow': {
        const host = parent.appendChild(doc.createElement('div'));
        planted.push(...build(host.attachShadow({ mode: 'open' }), item.items));
        break;
      }
    }
  }
  return planted;
}

function serialise(node: Node): string {
  let out = node.nodeType === 1 ? (node as Element).outerHTML : (node.textContent ?? '');
  if (node.nodeType === 1 && (node as Element).shadowRoot)
    out += `#shadow(${(node as Element).shadowRoot!.innerHTML})`;
  for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) out += serialise(child);
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').replace(/-/g, '-');

test('every planted mention is found exactly once, nothing else is, and the DOM is unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(treeArb, async (items) => {
      document.body.innerHTML = '';
      const root = document.body.appendChild(document.createElement('article'));
      const planted = build(root, items);
      const before = serialise(document.body);
      const { scanner } = createScanner();
      await scanner.start(document);
      await scanner.idle();
      const found = texts(scanner).map(normalise).sort();
      expect(found).toEqual(planted.map(normalise).sort());
      expect(serialise(document.body)).toBe(before);
      scanner.stop();
    }),
    { numRuns: 150 },
  );
}, 60_000);
