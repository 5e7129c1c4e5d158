import { readTextAround } from '../../core/text-around';

const options = (margin: number) => ({ margin, blocks: new Map<Node, Node>(), editables: new Set<Element>() });
const textOf = (id: string) => document.getElementById(id)!.firstChild as Text;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readTextAround', () => {
  test("the core is the hit's block run, across inline tags; without margin, nothing else is read", () => {
    document.body.innerHTML = '<p>before</p><p id="p">chronic <em id="em">cerebrospinal</em> venous insufficiency</p><p>after</p><p>far</p>';
    const around = readTextAround(document.body, textOf('em'), options(0))!;
    expect(around.segment.text.slice(around.coreStart, around.coreEnd)).toBe('chronic cerebrospinal venous insufficiency');
    expect(around.segment.text).toBe('chronic cerebrospinal venous insufficiency');
    expect(around.coreNodes.map((n) => n.data)).toEqual(['chronic ', 'cerebrospinal', ' venous insufficiency']);
  });

  test('a margin brings in at least that much text of the blocks on each side', () => {
    const blocks = (prefix: string) => Array.from({ length: 30 }, (_, i) => `<p>${prefix} ${i} ${'x'.repeat(40)}</p>`).join('');
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
