// The scanner in a real browser: real layout and visibility, and the real CSS Custom Highlight API.
import { describe, expect, test, vi } from 'vitest';
import { createScanner, registeredHighlights, settle, texts } from './helpers/scan-dom';
import { HIGHLIGHT_PREFIX } from '../../core/highlights';

async function scanHtml(html: string, options: Parameters<typeof createScanner>[0] = {}) {
  document.body.innerHTML = html;
  const setup = createScanner(options);
  await setup.scanner.start(document);
  return setup;
}

describe('what is scanned', () => {
  test('a match spans inline elements inside one block', async () => {
    const { scanner } = await scanHtml('<p><b>chronic cerebrospinal</b> <i>venous</i> insufficiency</p>');
    expect(texts(scanner)).toEqual(['chronic cerebrospinal venous insufficiency']);
  });

  test('a match never spans two blocks', async () => {
    const { scanner } = await scanHtml('<div>chronic cerebrospinal</div><div>venous insufficiency</div>');
    expect(texts(scanner)).toEqual([]);
  });

  test('text after a nested block does not join text before it', async () => {
    const { scanner } = await scanHtml('<div>chronic cerebrospinal<p>x</p>venous insufficiency</div>');
    expect(texts(scanner)).toEqual([]);
  });

  test('a line break inside a block reads as white space', async () => {
    const { scanner } = await scanHtml('<p>chronic cerebrospinal<br>venous insufficiency</p>');
    expect(texts(scanner)).toEqual(['chronic cerebrospinalvenous insufficiency']);
  });

  test.each([
    ['script', '<script>var x = "CCSVI";</script>'],
    ['style', '<style>.CCSVI{}</style>'],
    ['noscript', '<noscript>CCSVI</noscript>'],
    ['template', '<template><p>CCSVI</p></template>'],
    ['textarea', '<textarea>CCSVI</textarea>'],
    ['select', '<select><option>CCSVI</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>CCSVI</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><b>CCSVI</b></div>'],
    ['code', '<p>run <code>grep CCSVI</code></p>'],
    ["the extension's own card", '<fact-context-card>CCSVI</fact-context-card>'],
  ])('skips %s', async (_name, html) => {
    const { scanner } = await scanHtml(`${html}<p>CCSVI outside</p>`);
    expect(texts(scanner)).toEqual(['CCSVI']);
  });

  test('contenteditable="false" inside an article is scanned', async () => {
    const { scanner } = await scanHtml('<div contenteditable="false">CCSVI</div>');
    expect(texts(scanner)).toEqual(['CCSVI']);
  });

  test('an editor inside the text around a hit is left out of the match', async () => {
    const { scanner } = await scanHtml('<p>CCSVI <span contenteditable="true">treatment</span> and more</p>');
    expect(texts(scanner)).toEqual(['CCSVI']);
  });

  test('text that is not rendered is not counted', async () => {
    const { scanner } = await scanHtml(
      '<p hidden>CCSVI</p><p style="visibility: hidden">CCSVI</p><div style="display: none"><p>CCSVI</p></div><p>CCSVI</p>',
    );
    expect(scanner.count).toBe(1);
  });

  test('hidden text that becomes visible is counted then', async () => {
    const { scanner } = await scanHtml('<style>.closed { display: none }</style><p class="closed">CCSVI</p>');
    expect(scanner.count).toBe(0);
    document.querySelector('p')!.className = 'open';
    await settle(scanner);
    expect(scanner.count).toBe(1);
  });

  test('open shadow roots are scanned', async () => {
    document.body.innerHTML = '<p>before</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside: <b>CCSVI</b> and chronic cerebrospinal venous insufficiency</p>';
    const { scanner } = createScanner();
    await scanner.start(document);
    await settle(scanner);
    expect(texts(scanner).sort()).toEqual(['CCSVI', 'chronic cerebrospinal venous insufficiency']);
    expect(scanner.mentions().map((m) => m.range.startContainer.getRootNode())).toEqual([shadow, shadow]);
  });
});

describe('scanning only around anchor hits', () => {
  const filler = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} about bridges, rivers and weather.</p>`).join('');

  test.each([
    [
      'before it',
      '<p>Written for people with multiple sclerosis.</p><h2>The Liberation Procedure</h2><p>A short line.</p>',
    ],
    [
      'two blocks after it',
      '<h2>The Liberation Procedure</h2><p>A short line.</p><p>It was offered to people with multiple sclerosis.</p>',
    ],
  ])('an ambiguous term takes its context cue from a nearby block %s', async (_where, html) => {
    const { scanner } = await scanHtml(`${filler(20)}${html}${filler(20)}`);
    expect(texts(scanner)).toEqual(['Liberation Procedure']);
  });

  test('an ambiguous term does not take a cue from far away', async () => {
    const { scanner } = await scanHtml(
      `<h2>The Liberation Procedure</h2>${filler(30)}<p>Written for people with multiple sclerosis.</p>`,
    );
    expect(texts(scanner)).toEqual([]);
  });

  test('a mention deep inside an element the prefilter read whole is traced to its text node', async () => {
    const { scanner } = await scanHtml(
      `<div><div><div><div><section><p>Intro</p><ul><li>one <b>term: <i>CCSVI</i></b> here</li></ul></section></div></div></div></div>`,
    );
    expect(texts(scanner)).toEqual(['CCSVI']);
    expect(scanner.mentions()[0]!.startNode.parentElement!.nodeName).toBe('I');
  });

  test('a mention whose anchor starts a text node right after an inline tag is found once', async () => {
    const { scanner } = await scanHtml(
      `${filler(5)}<p>chronic <em>cerebrospinal</em> venous insufficiency, then <a>CCSVI</a></p>${filler(5)}`,
    );
    expect(texts(scanner)).toEqual(['chronic cerebrospinal venous insufficiency', 'CCSVI']);
  });

  test('a page dense with mentions is walked whole, with the same result', async () => {
    const { scanner } = await scanHtml(
      Array.from({ length: 300 }, (_, i) => `<p>Note ${i}: CCSVI.</p>`).join(''),
    );
    expect(scanner.count).toBe(300);
  });

  test('text after a nested block does not join text before it, when only the outer block is scanned again', async () => {
    const { scanner } = await scanHtml('<div>about chronic cerebrospinal <p>x</p>venous insufficiency</div>');
    const first = document.querySelector('div')!.firstChild as Text;
    first.data = 'now chronic cerebrospinal ';
    await settle(scanner);
    expect(texts(scanner)).toEqual([]);
  });
});

describe('highlights', () => {
  test('ranges are registered under a fact-context name and the DOM is untouched', async () => {
    const html =
      '<article><h1>CCSVI</h1><p>The <a href="#">Liberation Procedure</a> for multiple sclerosis.</p></article>';
    document.body.innerHTML = html;
    const before = document.documentElement.outerHTML;
    const { scanner } = createScanner();
    await scanner.start(document);
    expect(document.documentElement.outerHTML).toBe(before);
    const registry = registeredHighlights();
    const names = [...registry.keys()];
    expect(names.every((n) => n.startsWith(HIGHLIGHT_PREFIX))).toBe(true);
    const mentionRanges = [...registry.entries()].filter(([n]) =>
      n.startsWith(`${HIGHLIGHT_PREFIX}-mention`),
    );
    expect(mentionRanges.flatMap(([, set]) => [...set].map((r) => (r as Range).toString()))).toEqual([
      'CCSVI',
      'Liberation Procedure',
    ]);
  });

  test('a cap limits highlighted mentions while the count goes on, and frees a place when one goes', async () => {
    const { scanner, highlights } = await scanHtml(
      Array.from({ length: 5 }, (_, i) => `<p id="p${i}">CCSVI ${i}</p>`).join(''),
      { maxHighlighted: 2 },
    );
    expect(scanner.count).toBe(5);
    expect(highlights.size).toBe(2);
    document.getElementById('p0')!.remove();
    await settle(scanner);
    expect(scanner.count).toBe(4);
    expect(highlights.size).toBe(2);
    expect(scanner.mentions().filter((m) => m.highlighted)).toHaveLength(2);
  });

  test.each([
    ['all', 4],
    ['first-per-paragraph', 2],
    ['first-on-page', 1],
  ] as const)('scope %s highlights %i of 4 mentions; the count stays 4', async (scope, expected) => {
    const { scanner, highlights } = await scanHtml('<p>CCSVI and CCSVI</p><p>CCSVI, CCSVI</p>', {
      highlightScope: scope,
    });
    expect(scanner.count).toBe(4);
    expect(highlights.size).toBe(expected);
  });

  test('a new policy applies to mentions already found', async () => {
    const { scanner, highlights } = await scanHtml('<p>CCSVI and CCSVI</p><p>CCSVI</p>');
    scanner.setHighlightPolicy(10, 'first-per-paragraph');
    expect(highlights.size).toBe(2);
    scanner.setHighlightPolicy(1, 'all');
    expect(highlights.size).toBe(1);
    expect(scanner.mentions()[0]!.highlighted).toBe(true);
  });

  test('a new matcher (other languages) rescans the page', async () => {
    const { scanner } = await scanHtml('<p>CCSVI</p><p>insufficienza venosa cronica cerebrospinale</p>');
    expect(scanner.count).toBe(2);
    const { createMatcher } = await import('../../core/matcher');
    const { ccsviTermSet } = await import('../../data/ccsvi/terms');
    await scanner.setMatcher(
      createMatcher({ ...ccsviTermSet, terms: ccsviTermSet.terms.filter((t) => t.lang !== 'it') }),
    );
    expect(texts(scanner)).toEqual(['CCSVI']);
  });

  test('changing the style moves the same ranges to another name', async () => {
    const { highlights } = await scanHtml('<p>CCSVI</p>');
    expect(registeredHighlights().get(`${HIGHLIGHT_PREFIX}-mention-underline`)?.size).toBe(1);
    highlights.setStyle('background');
    expect(registeredHighlights().has(`${HIGHLIGHT_PREFIX}-mention-underline`)).toBe(false);
    expect(registeredHighlights().get(`${HIGHLIGHT_PREFIX}-mention-background`)?.size).toBe(1);
    highlights.setStyle('none');
    expect([...registeredHighlights().keys()].some((n) => n.includes('mention'))).toBe(false);
  });

  test('stop removes every highlight', async () => {
    const { scanner, highlights } = await scanHtml('<p>CCSVI and CCSVI</p>');
    expect(highlights.size).toBe(2);
    scanner.stop();
    expect(highlights.size).toBe(0);
    expect(scanner.count).toBe(0);
  });
});

describe('dynamic pages', () => {
  test('appended text is found', async () => {
    const { scanner } = await scanHtml('<main><p>Nothing yet.</p></main>');
    const p = document.createElement('p');
    p.textContent = 'Later: the liberation procedure for multiple sclerosis.';
    document.querySelector('main')!.append(p);
    await settle(scanner);
    expect(texts(scanner)).toEqual(['liberation procedure']);
  });

  test('an inline addition joins the text around it', async () => {
    const { scanner } = await scanHtml('<p id="p">chronic <span id="s"></span> venous insufficiency</p>');
    document.getElementById('s')!.textContent = 'cerebrospinal';
    await settle(scanner);
    expect(texts(scanner)).toEqual(['chronic cerebrospinal venous insufficiency']);
  });

  test('removed text drops its highlights', async () => {
    const { scanner, highlights } = await scanHtml('<p id="a">CCSVI</p><p id="b">CCSVI</p>');
    document.getElementById('a')!.remove();
    await settle(scanner);
    expect(scanner.count).toBe(1);
    expect(highlights.size).toBe(1);
  });

  test('edited text is rescanned', async () => {
    const { scanner } = await scanHtml('<p>about CCSVI</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    text.data = 'about chronic cerebrospinal venous insufficiency and CCSVI';
    await settle(scanner);
    expect(texts(scanner)).toEqual(['chronic cerebrospinal venous insufficiency', 'CCSVI']);
    text.data = 'about nothing';
    await settle(scanner);
    expect(scanner.count).toBe(0);
  });

  test('typing in an editor is ignored', async () => {
    const { scanner } = await scanHtml('<div contenteditable><p>draft</p></div>');
    document.querySelector('p')!.textContent = 'CCSVI';
    await settle(scanner);
    expect(scanner.count).toBe(0);
  });

  test('work caused by page changes waits for the browser to render them first', async () => {
    let rendered: () => void = () => {};
    const afterRender = vi.fn(() => new Promise<void>((resolve) => (rendered = resolve)));
    const { scanner } = await scanHtml('<p>first CCSVI</p>', { afterRender });
    expect(afterRender).not.toHaveBeenCalled(); // the first scan does not wait
    document.body.insertAdjacentHTML('beforeend', '<p>then CCSVI again</p>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(afterRender).toHaveBeenCalledTimes(1);
    expect(scanner.count).toBe(1);
    rendered();
    await settle(scanner);
    expect(scanner.count).toBe(2);
  });

  test('a batch with more records than the page has elements leads to one full rescan with the same result', async () => {
    const { scanner } = await scanHtml('<main></main>', { fullReadAfterRecords: 10 });
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const main = document.querySelector('main')!;
    // Each paragraph's text set three times: three records per element added.
    for (let i = 0; i < 50; i++) {
      const p = main.appendChild(document.createElement('p'));
      for (const text of ['x', 'y', `CCSVI ${i}`]) p.textContent = text;
    }
    await settle(scanner);
    expect(disconnect).toHaveBeenCalledTimes(1);
    disconnect.mockRestore();
    expect(scanner.count).toBe(50);
  });

  test('onChange reports each burst of work', async () => {
    const counts: number[] = [];
    const { scanner } = await scanHtml('<p>CCSVI</p>', { onChange: (s) => counts.push(s.count) });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'CCSVI again' }));
    await settle(scanner);
    expect(counts[0]).toBe(1);
    expect(counts.at(-1)).toBe(2);
  });
});

describe('time slicing', () => {
  test('a large page is scanned in many slices, yielding between them', async () => {
    let yields = 0;
    let clock = 0;
    // Few mentions: the walk is what gets sliced.
    document.body.innerHTML = Array.from(
      { length: 3000 },
      (_, i) => `<p>para ${i}${i % 300 === 0 ? ' CCSVI' : ''}</p>`,
    ).join('');
    const { scanner } = createScanner({
      budgetMs: 1,
      yieldToPage: () => {
        yields++;
        return Promise.resolve();
      },
    });
    // A fake clock that advances on every read, so each step counts as one millisecond of work.
    vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    await scanner.start(document);
    expect(scanner.count).toBe(10);
    expect(yields).toBeGreaterThan(5);
    expect(scanner.sliceStats.slices).toBe(yields + 1);
  }, 30_000); // a large page on a busy machine
});

describe('mentions the reader hid ("Not about CCSVI?")', () => {
  const html =
    '<p>Is CCSVI real? People ask about the Liberation Procedure and ccsvi.</p><p>More on CCSVI here.</p>';

  test('hiding a text drops every mention with it (and its highlight), without reading the page again', async () => {
    const onChange = vi.fn();
    const { scanner, highlights } = await scanHtml(html, { onChange });
    expect(texts(scanner)).toEqual(['CCSVI', 'Liberation Procedure', 'ccsvi', 'CCSVI']);
    const highlighted = highlights.size;
    onChange.mockClear();
    scanner.setHidden((text) => text.toLowerCase() === 'ccsvi');
    await settle(scanner);
    expect(texts(scanner)).toEqual(['Liberation Procedure']);
    expect(scanner.count).toBe(1);
    expect(highlights.size).toBe(highlighted - 3);
    expect(onChange).toHaveBeenCalled();
    // Text added later with that text stays hidden too.
    document.body.insertAdjacentHTML('beforeend', '<p>Another CCSVI post.</p>');
    await settle(scanner);
    expect(texts(scanner)).toEqual(['Liberation Procedure']);
  });

  test('showing it again brings them back, in document order', async () => {
    const { scanner } = await scanHtml(html, { hides: (text) => text === 'CCSVI' });
    expect(texts(scanner)).toEqual(['Liberation Procedure', 'ccsvi']);
    scanner.setHidden(() => false);
    await settle(scanner);
    expect(texts(scanner)).toEqual(['CCSVI', 'Liberation Procedure', 'ccsvi', 'CCSVI']);
  });
});
