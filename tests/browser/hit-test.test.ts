// Hit-testing against real layout: the browser's own line boxes, highlightsFromPoint and caret APIs.
import { afterEach, expect, test } from 'vitest';
import { domProbe, mentionAt, MentionIndex, type HitMention, type RectLike } from '../../core/hit-test';

const highlight = new Highlight();
afterEach(() => {
  highlight.clear();
  CSS.highlights.delete('hit-test');
  document.body.innerHTML = '';
});

/** A mention over `text` in element `id`, registered as a highlight so highlightsFromPoint sees it. */
interface RealMention extends HitMention {
  range: Range;
}

function mention(root: Document | ShadowRoot, id: string, text: string): RealMention {
  const el = root.getElementById(id)!;
  const node = el.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  highlight.add(range);
  CSS.highlights.set('hit-test', highlight);
  return { range, block: el };
}

const centre = (r: RectLike) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });

test('the mention under the pointer, in the page and in an open shadow root; nothing beside it', () => {
  document.body.innerHTML = `<p id="a" style="font: 20px/1.5 sans-serif; width: 300px">Some CCSVI text and a long line that wraps onto the next line before the Liberation Procedure ends it.</p><div id="host"></div>`;
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p id="s" style="font: 20px sans-serif">Inside: CCSVI here</p>';
  const mentions = [
    mention(document, 'a', 'CCSVI'),
    mention(document, 'a', 'Liberation Procedure'),
    mention(shadow, 's', 'CCSVI'),
  ];
  const index = new MentionIndex(mentions);
  const probe = domProbe(document, () => [shadow]);
  expect(probe.rangesAt, 'Chromium has highlightsFromPoint').toBeTypeOf('function');

  for (const m of mentions) {
    const rects = [...m.range.getClientRects()];
    for (const rect of rects) {
      const { x, y } = centre(rect);
      const hit = mentionAt(x, y, index, probe);
      expect(hit?.mention).toBe(m);
      expect(hit?.rect).toEqual(rect);
    }
  }
  // The word "Some" before the first mention, and the margin to the right of the paragraph.
  const first = mentions[0]!.range.getClientRects()[0]!;
  expect(mentionAt(first.left - 20, first.top + 5, index, probe)).toBeNull();
  expect(mentionAt(600, first.top + 5, index, probe)).toBeNull();

  // The caret path alone (browsers without highlightsFromPoint) finds the same mentions.
  const caretOnly = { caretAt: probe.caretAt };
  for (const m of mentions) {
    const { x, y } = centre(m.range.getClientRects()[0]!);
    expect(mentionAt(x, y, index, caretOnly)?.mention).toBe(m);
  }
});
