// Hit-testing helpers (core/hit-test.ts) with fake line boxes: whatever the browser's APIs say, a hit
// is confirmed against the mention's own rects.
import {
  domProbe,
  isEmptyRect,
  mentionAt,
  MentionIndex,
  pointInRect,
  rectAtPoint,
  type HitProbe,
  type RangeLike,
  type RectLike,
} from '../../core/hit-test';

const rect = (left: number, top: number, right: number, bottom: number): RectLike => ({
  left,
  top,
  right,
  bottom,
});

interface FakeMention {
  name: string;
  block: Node;
  range: RangeLike;
}

/** A mention whose range reports `rects` and counts (node, offset) as inside when node is `text` and offset in [start, end]. */
function fakeMention(
  name: string,
  block: Node,
  text: Node,
  start: number,
  end: number,
  rects: RectLike[],
): FakeMention {
  return {
    name,
    block,
    range: {
      getClientRects: () => rects,
      isPointInRange: (node, offset) => node === text && offset >= start && offset <= end,
      startContainer: text,
      startOffset: start,
      endContainer: text,
      endOffset: end,
    },
  };
}

function setup() {
  document.body.innerHTML =
    '<p id="a">Some CCSVI text and more CCSVI</p><p id="b">The <b>Liberation Procedure</b> here</p>';
  const a = document.getElementById('a')!;
  const b = document.getElementById('b')!;
  const aText = a.firstChild!;
  const bText = b.querySelector('b')!.firstChild!;
  const first = fakeMention('first', a, aText, 5, 10, [rect(50, 10, 100, 30)]);
  const second = fakeMention('second', a, aText, 24, 29, [rect(300, 10, 350, 30)]);
  // Wraps onto two lines.
  const third = fakeMention('third', b, bText, 0, 20, [rect(400, 50, 600, 70), rect(0, 70, 60, 90)]);
  return {
    a,
    b,
    aText,
    bText,
    mentions: [first, second, third],
    index: new MentionIndex([first, second, third]),
  };
}

describe('rect helpers', () => {
  test('pointInRect includes the edges and the slack', () => {
    const r = rect(10, 10, 20, 20);
    expect(pointInRect(10, 10, r)).toBe(true);
    expect(pointInRect(20, 20, r)).toBe(true);
    expect(pointInRect(21, 15, r)).toBe(false);
    expect(pointInRect(21, 15, r, 2)).toBe(true);
    expect(pointInRect(23, 15, r, 2)).toBe(false);
  });

  test('rectAtPoint skips empty boxes and returns the line box under the point', () => {
    const rects = [rect(0, 0, 0, 20), rect(10, 0, 40, 20), rect(0, 20, 30, 40)];
    expect(rectAtPoint(rects, 5, 10, 0)).toBeNull();
    expect(rectAtPoint(rects, 15, 10)).toBe(rects[1]);
    expect(rectAtPoint(rects, 5, 30)).toBe(rects[2]);
    expect(isEmptyRect(rect(5, 5, 5, 9))).toBe(true);
  });
});

describe('MentionIndex', () => {
  test('finds a mention by its range object, or by the same boundaries', () => {
    const { index, mentions, aText } = setup();
    expect(index.byRangeOf(mentions[1]!.range)).toBe(mentions[1]);
    const copy = { startContainer: aText, startOffset: 24, endContainer: aText, endOffset: 29 };
    expect(index.byRangeOf(copy)).toBe(mentions[1]);
    expect(
      index.byRangeOf({ startContainer: aText, startOffset: 0, endContainer: aText, endOffset: 4 }),
    ).toBeUndefined();
    expect(index.byRangeOf(null)).toBeUndefined();
  });

  test('looks up the mentions of the nearest block holding any, from any node inside it', () => {
    const { index, bText, mentions } = setup();
    expect(index.inBlockOf(bText)).toEqual([mentions[2]]);
    expect(index.inBlockOf(document.body)).toEqual([]);
  });

  test('crosses a shadow boundary to the host and collects shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>CCSVI</p>';
    const text = shadow.querySelector('p')!.firstChild!;
    const m = fakeMention('shadowed', host, text, 0, 5, [rect(0, 0, 40, 20)]);
    const index = new MentionIndex([m]);
    expect(index.inBlockOf(text)).toEqual([m]);
    expect(index.shadowRoots).toEqual([shadow]);
  });
});

describe('mentionAt', () => {
  test('highlightsFromPoint ranges: the hit is confirmed against the line boxes', () => {
    const { index, mentions } = setup();
    const probe: HitProbe = { rangesAt: () => [mentions[0]!.range] };
    expect(mentionAt(60, 20, index, probe)?.mention).toBe(mentions[0]);
    // The API names the range but the point is outside its boxes (beyond the slack): no hit.
    expect(mentionAt(110, 20, index, probe)).toBeNull();
  });

  test('highlightsFromPoint: ranges that are not ours are ignored; no ranges means no mention', () => {
    const { index } = setup();
    const foreign = {
      startContainer: document.body,
      startOffset: 0,
      endContainer: document.body,
      endOffset: 1,
    };
    expect(mentionAt(60, 20, index, { rangesAt: () => [foreign] })).toBeNull();
    expect(
      mentionAt(60, 20, index, {
        rangesAt: () => [],
        caretAt: () => {
          throw new Error('not asked');
        },
      }),
    ).toBeNull();
  });

  test('returns the line box under the point of a mention that wraps', () => {
    const { index, mentions } = setup();
    const hit = mentionAt(30, 80, index, { rangesAt: () => [mentions[2]!.range] });
    expect(hit?.mention).toBe(mentions[2]);
    expect(hit?.rect).toEqual(rect(0, 70, 60, 90));
  });

  test('caret path: the mention of the caret block that holds the caret, confirmed by rects', () => {
    const { index, mentions, aText } = setup();
    expect(mentionAt(320, 20, index, { caretAt: () => ({ node: aText, offset: 26 }) })?.mention).toBe(
      mentions[1],
    );
    // The caret is "nearest" a mention but the point is in the margin, far from its box.
    expect(mentionAt(500, 20, index, { caretAt: () => ({ node: aText, offset: 29 }) })).toBeNull();
    expect(mentionAt(320, 20, index, { caretAt: () => null })).toBeNull();
    expect(mentionAt(320, 20, index, { caretAt: () => ({ node: aText, offset: 2 }) })).toBeNull();
  });

  test('the old highlightsFromPoint shape (no ranges) falls back to the caret', () => {
    const { index, mentions, aText } = setup();
    const probe: HitProbe = { rangesAt: () => null, caretAt: () => ({ node: aText, offset: 7 }) };
    expect(mentionAt(60, 20, index, probe)?.mention).toBe(mentions[0]);
  });

  test("no API at all: every mention's boxes are tried", () => {
    const { index, mentions } = setup();
    expect(mentionAt(330, 15, index, {})?.mention).toBe(mentions[1]);
    expect(mentionAt(200, 15, index, {})).toBeNull();
  });

  test('slack: a point just outside a box still counts, further out does not', () => {
    const { index } = setup();
    expect(mentionAt(101, 20, index, {})?.rect).toEqual(rect(50, 10, 100, 30));
    expect(mentionAt(104, 20, index, {})).toBeNull();
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
  const fakeDoc = (highlights: unknown, extra: object = {}) =>
    ({ defaultView: { CSS: { highlights } }, ...extra }) as unknown as Document;

  test('reads the ranges of every HighlightHitResult and passes the shadow roots', () => {
    const r1 = {};
    const r2 = {};
    let options: unknown;
    const registry = {
      highlightsFromPoint(_x: number, _y: number, o: unknown) {
        options = o;
        return [
          { highlight: {}, ranges: [r1] },
          { highlight: {}, ranges: [r2] },
        ];
      },
    };
    const root = {} as ShadowRoot;
    const probe = domProbe(fakeDoc(registry), () => [root]);
    expect(probe.rangesAt!(1, 2)).toEqual([r1, r2]);
    expect(options).toEqual({ shadowRoots: [root] });
  });

  test('the first shape (bare Highlight objects) or an exception gives null, so the caret is asked', () => {
    expect(domProbe(fakeDoc({ highlightsFromPoint: () => [{}] }), () => []).rangesAt!(0, 0)).toBeNull();
    expect(
      domProbe(
        fakeDoc({
          highlightsFromPoint: () => {
            throw new Error('x');
          },
        }),
        () => [],
      ).rangesAt!(0, 0),
    ).toBeNull();
    expect(domProbe(fakeDoc({}), () => []).rangesAt).toBeUndefined();
  });

  test('caretPositionFromPoint, else caretRangeFromPoint', () => {
    const node = document.createTextNode('x');
    const withPosition = domProbe(
      fakeDoc({}, { caretPositionFromPoint: () => ({ offsetNode: node, offset: 1 }) }),
      () => [],
    );
    expect(withPosition.caretAt!(0, 0)).toEqual({ node, offset: 1 });
    const withRange = domProbe(
      fakeDoc({}, { caretRangeFromPoint: () => ({ startContainer: node, startOffset: 0 }) }),
      () => [],
    );
    expect(withRange.caretAt!(0, 0)).toEqual({ node, offset: 0 });
    expect(domProbe(fakeDoc({}), () => []).caretAt).toBeUndefined();
  });
});
