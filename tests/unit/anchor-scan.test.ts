import { AnchorScan, HitLocator, LARGE_DOCUMENT_BYTES, type AnchorScanState } from '../../core/anchor-scan';
import { anchorRegex } from '../../core/matcher';
import { ccsviTermSet } from '../../data/ccsvi/terms';

const anchors = anchorRegex(ccsviTermSet.terms)!;
const filler = (i: number) => `Paragraph ${i} is about bridges, rivers, weather and the harbour. `.repeat(15);

function runToEnd(scan: AnchorScan, budgetMs = 50): AnchorScanState {
  for (let i = 0; i < 10_000; i++) {
    const state = scan.step(budgetMs);
    if (state !== 'more') return state;
  }
  throw new Error('the scan never ended');
}

/** Each hit's text node, and the text from its offset on. */
function located(scan: AnchorScan): Array<{ node: Text; text: string }> {
  const locator = new HitLocator();
  return scan.hits.map((hit) => {
    let node = locator.locate(hit, 10);
    while (node === 'paused') node = locator.locate(hit, 10);
    expect(node).not.toBeNull();
    return { node: node!, text: node!.data };
  });
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('AnchorScan', () => {
  test('a page without any anchor is done with no hit', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>${filler(i)}</p>`).join('');
    const scan = new AnchorScan(document.body, anchors, () => {});
    expect(runToEnd(scan)).toBe('done');
    expect(scan.hits).toEqual([]);
  });

  test('every anchor is kept once, across pieces, and traced to its text node, also inside elements read whole', () => {
    const html = Array.from({ length: 60 }, (_, i) =>
      i % 2 === 0
        ? `<p>${filler(i)} CCSVI ${i}</p>`
        : `<div><section><ul><li>${filler(i)}<b>term <i>ccsvi-${i}</i></b></li></ul></section></div>`,
    ).join('');
    document.body.innerHTML = `<div><div><div>${html}</div></div></div>`;
    const scan = new AnchorScan(document.body, anchors, () => {});
    expect(runToEnd(scan)).toBe('done');
    const found = located(scan);
    expect(found).toHaveLength(60);
    found.forEach(({ node, text }, i) => {
      expect(text.toLowerCase()).toContain('ccsvi');
      expect(node.parentElement!.nodeName).toBe(i % 2 === 0 ? 'P' : 'I');
    });
  });

  test('an element read whole with more text than a piece is searched a piece at a time, every anchor once', () => {
    const planted = [100, 262_205, 500_000, 699_000]; // the second straddles the end of the first piece
    const chars = Array.from('Bridges, rivers and the harbour. '.repeat(21_300).slice(0, 700_000));
    for (const at of planted) chars.splice(at, 5, ...'CCSVI');
    document.body.innerHTML = `<pre></pre>`;
    document.querySelector('pre')!.textContent = chars.join('');
    const searched: number[] = [];
    // a search that notes the length of each text it is given
    const spy = new RegExp(anchors.source, anchors.flags);
    const exec = spy.exec.bind(spy);
    spy.exec = (text: string) => {
      if (spy.lastIndex === 0) searched.push(text.length);
      return exec(text);
    };
    const scan = new AnchorScan(document.body, spy, () => {});
    expect(runToEnd(scan, 0)).toBe('done');
    expect(scan.hits.map((hit) => hit.offset)).toEqual(planted);
    expect(Math.max(...searched)).toBeLessThanOrEqual(256 * 1024 + 64);
    expect(searched.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(700_000);
  });

  test('text before an element read whole with more than a piece: anchors before, across the seam and inside are each kept once', () => {
    const big = Array.from('Bridges, rivers and the harbour. '.repeat(21_300).slice(0, 700_000));
    big.splice(0, 3, ...'SVI'); // "…CC" + "SVI…": one anchor across the seam
    big.splice(400_000, 5, ...'CCSVI');
    document.body.innerHTML = '<p>Intro on CCSVI, then CC<span></span></p>';
    document.querySelector('span')!.textContent = big.join('');
    const searched: number[] = [];
    // a search that notes the length of each text it is given
    const spy = new RegExp(anchors.source, anchors.flags);
    const exec = spy.exec.bind(spy);
    spy.exec = (text: string) => {
      if (spy.lastIndex === 0) searched.push(text.length);
      return exec(text);
    };
    const scan = new AnchorScan(document.body, spy, () => {});
    expect(runToEnd(scan, 0)).toBe('done');
    const intro = document.querySelector('p')!.firstChild!;
    const span = document.querySelector('span')!;
    expect(scan.hits).toEqual([
      { unit: intro, offset: 9 },
      { unit: intro, offset: 21 },
      { unit: span, offset: 400_000 },
    ]);
    // the text before is looked into with the big text's first characters only, not joined to all of it
    expect(searched[0]).toBeLessThan(100);
  });

  test('a page dense with anchors asks for one walk of the whole root instead', () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>Note ${i}: CCSVI.</p>`).join('');
    expect(runToEnd(new AnchorScan(document.body, anchors, () => {}))).toBe('walk-all');
  });

  test('children moved away under the scan hand their old parent back to be read again', () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>${i}</p>`).join('');
    const moved: Node[] = [];
    const scan = new AnchorScan(document.body, anchors, (parent) => moved.push(parent));
    expect(scan.step(0)).toBe('more');
    const wrapper = document.createElement('div');
    while (document.body.childNodes.length > 1) wrapper.append(document.body.childNodes[1]!);
    document.body.append(wrapper);
    runToEnd(scan);
    expect(moved).toEqual([document.body]);
  });
});

test('a large document is read in smaller pieces: its body child by child, down to the fifth level', () => {
  document.body.innerHTML =
    '<main><article><section id="one"><p>rivers</p></section><section id="two"><p>CCSVI</p></section></article></main>';
  const unitOf = (htmlBytes: number) => {
    const scan = new AnchorScan(document, anchors, () => {}, htmlBytes);
    expect(runToEnd(scan)).toBe('done');
    expect(scan.hits).toHaveLength(1);
    return scan.hits[0]!.unit;
  };
  expect(unitOf(0)).toBe(document.body);
  expect(unitOf(LARGE_DOCUMENT_BYTES + 1)).toBe(document.getElementById('two'));
});
