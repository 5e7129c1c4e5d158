// Hit-testing against real layout: the browser's own line boxes, highlightsFromPoint and caret APIs.
import { afterEach, describe, expect, test } from 'vitest';
import {
  domProbe,
  mentionAt,
  MentionIndex,
  type HitMention,
  type HitProbe,
  type RectLike,
} from '../../core/hit-test';

const highlight = new Highlight();
afterEach(() => {
  highlight.clear();
  CSS.highlights.clear();
  document.body.innerHTML = '';
});

/** A mention over `text` in element `id`, registered as a highlight so highlightsFromPoint sees it. */
interface RealMention extends HitMention {
  range: Range;
}

function rangeOf(root: Document | ShadowRoot, id: string, text: string): Range {
  const node = root.getElementById(id)!.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
}

function mention(root: Document | ShadowRoot, id: string, text: string): RealMention {
  const range = rangeOf(root, id, text);
  highlight.add(range);
  CSS.highlights.set('hit-test', highlight);
  return { range, block: root.getElementById(id)! };
}

const centre = (r: RectLike) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });
const boxes = (m: RealMention) => [...m.range.getClientRects()];

/** Two paragraphs: two mentions on one line, and one that wraps onto a second line. */
function page() {
  document.body.innerHTML =
    '<p id="a" style="font: 20px/1.5 sans-serif; width: 600px">Some CCSVI text and more CCSVI</p>' +
    '<p id="b" style="font: 20px/1.5 monospace; width: 16ch">The Liberation Procedure</p>';
  const first = mention(document, 'a', 'CCSVI');
  const second: RealMention = { range: document.createRange(), block: document.getElementById('a')! };
  const aText = document.getElementById('a')!.firstChild as Text;
  second.range.setStart(aText, aText.data.lastIndexOf('CCSVI'));
  second.range.setEnd(aText, aText.data.length);
  highlight.add(second.range);
  const third = mention(document, 'b', 'Liberation Procedure');
  const mentions = [first, second, third];
  return { mentions, aText, index: new MentionIndex(mentions), probe: domProbe(document, () => []) };
}

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
    const rects = boxes(m);
    for (const rect of rects) {
      const { x, y } = centre(rect);
      const hit = mentionAt(x, y, index, probe);
      expect(hit?.mention).toBe(m);
      expect(hit?.rect).toEqual(rect);
    }
  }
  // The word "Some" before the first mention, and the margin to the right of the paragraph.
  const first = boxes(mentions[0]!)[0]!;
  expect(mentionAt(first.left - 20, first.top + 5, index, probe)).toBeNull();
  expect(mentionAt(600, first.top + 5, index, probe)).toBeNull();

  // The caret path alone (browsers without highlightsFromPoint) finds the same mentions.
  const caretOnly = { caretAt: probe.caretAt };
  for (const m of mentions) {
    const { x, y } = centre(boxes(m)[0]!);
    expect(mentionAt(x, y, index, caretOnly)?.mention).toBe(m);
  }
});

describe('MentionIndex', () => {
  test('finds a mention by its range object, or by another range with the same boundaries', () => {
    const { index, mentions, aText } = page();
    expect(index.byRangeOf(mentions[1]!.range)).toBe(mentions[1]);
    expect(index.byRangeOf(mentions[1]!.range.cloneRange())).toBe(mentions[1]);
    const other = document.createRange();
    other.setStart(aText, 0);
    other.setEnd(aText, 4);
    expect(index.byRangeOf(other)).toBeUndefined();
    expect(index.byRangeOf(null)).toBeUndefined();
  });

  test('looks up the mentions of the nearest block holding any, from any node inside it', () => {
    const { index, mentions } = page();
    const b = document.getElementById('b')!;
    expect(index.inBlockOf(b.firstChild!)).toEqual([mentions[2]]);
    expect(index.inBlockOf(document.body)).toEqual([]);
  });

  test('crosses a shadow boundary to the host and collects shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s">CCSVI</p>';
    const m: RealMention = { range: rangeOf(shadow, 's', 'CCSVI'), block: host };
    const index = new MentionIndex([m]);
    expect(index.inBlockOf(m.range.startContainer)).toEqual([m]);
    expect(index.shadowRoots).toEqual([shadow]);
  });
});

describe('mentionAt', () => {
  test('the ranges at the point are confirmed against the line boxes', () => {
    const { index, mentions } = page();
    // A probe that names the mention wherever it is asked: the point must still be in one of its boxes.
    const everywhere: HitProbe = { rangesAt: () => [mentions[0]!.range] };
    const box = boxes(mentions[0]!)[0]!;
    expect(mentionAt(centre(box).x, centre(box).y, index, everywhere)?.mention).toBe(mentions[0]);
    expect(mentionAt(box.right + 10, centre(box).y, index, everywhere)).toBeNull();
  });

  test("another highlight's range is not a mention; no highlight at the point means no mention, without asking the caret", () => {
    const { index, probe } = page();
    const other = rangeOf(document, 'a', 'text');
    CSS.highlights.set('not-ours', new Highlight(other));
    const noCaret: HitProbe = {
      rangesAt: probe.rangesAt,
      caretAt: () => {
        throw new Error('not asked');
      },
    };
    const onOther = centre(other.getClientRects()[0]!);
    expect(probe.rangesAt!(onOther.x, onOther.y)).toEqual([other]);
    expect(mentionAt(onOther.x, onOther.y, index, noCaret)).toBeNull();
    const word = centre(rangeOf(document, 'a', 'and').getClientRects()[0]!);
    expect(probe.rangesAt!(word.x, word.y)).toEqual([]);
    expect(mentionAt(word.x, word.y, index, noCaret)).toBeNull();
  });

  test('caret path: the mention holding the caret, confirmed by its boxes', () => {
    const { index, mentions } = page();
    const caretOnly: HitProbe = { caretAt: domProbe(document, () => []).caretAt };
    const last = boxes(mentions[1]!)[0]!;
    expect(mentionAt(centre(last).x, centre(last).y, index, caretOnly)?.mention).toBe(mentions[1]);
    // Past the end of the line the caret is at the end of the last mention, but the point is beside it.
    expect(mentionAt(last.right + 40, centre(last).y, index, caretOnly)).toBeNull();
    const word = centre(rangeOf(document, 'a', 'and').getClientRects()[0]!);
    expect(mentionAt(word.x, word.y, index, caretOnly)).toBeNull();
  });

  test('a probe that cannot name ranges falls back to the caret', () => {
    const { index, mentions } = page();
    const probe: HitProbe = { rangesAt: () => null, caretAt: domProbe(document, () => []).caretAt };
    const box = centre(boxes(mentions[0]!)[0]!);
    expect(mentionAt(box.x, box.y, index, probe)?.mention).toBe(mentions[0]);
  });

  test("no API at all: every mention's boxes are tried; each line box of a wrapped mention", () => {
    const { index, mentions } = page();
    const wrapped = boxes(mentions[2]!);
    expect(wrapped.length).toBe(2);
    for (const box of wrapped) {
      const hit = mentionAt(centre(box).x, centre(box).y, index, {});
      expect(hit?.mention).toBe(mentions[2]);
      expect(hit?.rect).toEqual(box);
    }
    const word = centre(rangeOf(document, 'a', 'and').getClientRects()[0]!);
    expect(mentionAt(word.x, word.y, index, {})).toBeNull();
  });

  test('slack: a point just outside a box still counts, further out does not', () => {
    const { index, mentions } = page();
    const box = boxes(mentions[1]!)[0]!;
    expect(mentionAt(box.right + 1, centre(box).y, index, {})?.rect).toEqual(box);
    expect(mentionAt(box.right + 4, centre(box).y, index, {})).toBeNull();
  });

  test('an empty index answers null without asking the browser', () => {
    const probe: HitProbe = {
      rangesAt: () => {
        throw new Error('not asked');
      },
    };
    expect(mentionAt(1, 1, new MentionIndex([]), probe)).toBeNull();
  });
});

describe('domProbe', () => {
  test('every highlight painted at the point gives its ranges', () => {
    const { mentions, probe } = page();
    const overlapping = rangeOf(document, 'a', 'Some CCSVI');
    CSS.highlights.set('not-ours', new Highlight(overlapping));
    const at = centre(boxes(mentions[0]!)[0]!);
    expect(probe.rangesAt!(at.x, at.y)).toEqual(expect.arrayContaining([mentions[0]!.range, overlapping]));
    expect(probe.rangesAt!(at.x, at.y)).toHaveLength(2);
  });

  test('the caret at a point is a text node and an offset', () => {
    const { mentions, probe } = page();
    const box = boxes(mentions[0]!)[0]!;
    const caret = probe.caretAt!(box.left + 1, centre(box).y);
    expect(caret?.node).toBe(mentions[0]!.range.startContainer);
    expect(caret?.offset).toBe(mentions[0]!.range.startOffset);
  });

  test('a document without a window has no highlights to ask', () => {
    const detached = document.implementation.createHTMLDocument('');
    expect(domProbe(detached, () => []).rangesAt).toBeUndefined();
  });
});
