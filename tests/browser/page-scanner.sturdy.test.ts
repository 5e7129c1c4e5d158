// The scanner on pages that churn, switch editors on, reveal text or attach shadow roots late (issue 17),
// and its mentions in document order (issue 16), in a real browser.
import { describe, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import { createScanner, settle, texts } from './helpers/scan-dom';

async function scanHtml(html: string, options: Parameters<typeof createScanner>[0] = {}) {
  document.body.innerHTML = html;
  const setup = createScanner(options);
  await setup.scanner.start(document);
  return setup;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('document order', () => {
  test('a mention added above the others is listed first, and takes the highlight of "first on the page"', async () => {
    const { scanner, highlights } = await scanHtml('<p id="one">one</p><p id="two">The CCSVI theory</p>', {
      highlightScope: 'first-on-page',
    });
    document.getElementById('one')!.textContent = 'chronic cerebrospinal venous insufficiency';
    await settle(scanner);
    expect(texts(scanner)).toEqual(['chronic cerebrospinal venous insufficiency', 'CCSVI']);
    expect(highlights.size).toBe(1);
    expect(scanner.mentions().map((m) => m.highlighted)).toEqual([true, false]);
  });

  test('the highlight cap goes to the first mentions of the page, wherever they were found', async () => {
    const { scanner } = await scanHtml('<p id="a"></p><p>CCSVI b</p><p>CCSVI c</p>', { maxHighlighted: 2 });
    document.getElementById('a')!.textContent = 'CCSVI a';
    await settle(scanner);
    expect(scanner.mentions().map((m) => `${m.range.startContainer.textContent}:${m.highlighted}`)).toEqual([
      'CCSVI a:true',
      'CCSVI b:true',
      'CCSVI c:false',
    ]);
  });

  test('"first in each paragraph" follows document order inside a paragraph', async () => {
    const { scanner } = await scanHtml('<p><span id="s"></span> and CCSVI</p>', {
      highlightScope: 'first-per-paragraph',
    });
    document.getElementById('s')!.textContent = 'IVCEC';
    await settle(scanner);
    expect(scanner.mentions().map((m) => `${m.text}:${m.highlighted}`)).toEqual([
      'IVCEC:true',
      'CCSVI:false',
    ]);
  });
});

describe('churn', () => {
  test('a batch too big to read piece by piece still drops every mention whose text left', async () => {
    const sections = Array.from(
      { length: 20 },
      (_, i) => `<section id="s${i}"><p>CCSVI ${i}</p></section>`,
    ).join('');
    const { scanner, highlights } = await scanHtml(sections, { fullReadAfterRecords: 10 });
    expect(scanner.count).toBe(20);
    for (let i = 0; i < 20; i++) {
      const section = document.getElementById(`s${i}`)!;
      section.firstElementChild!.remove();
      section.appendChild(document.createElement('p')).textContent = i === 7 ? 'still CCSVI' : 'nothing';
    }
    await settle(scanner);
    expect(texts(scanner)).toEqual(['CCSVI']);
    expect(highlights.size).toBe(1);
    expect(scanner.mentions()[0]!.range.startContainer.textContent).toBe('still CCSVI');
  });

  test.each([
    ['at once', undefined],
    ['after the next frame', () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))],
  ])(
    "records that outnumber the page's elements stop until the page is read again (%s), and are taken again after",
    async (_when, afterRender) => {
      const { scanner, highlights } = await scanHtml('<main id="feed"><p>CCSVI at first</p></main>', {
        fullReadAfterRecords: 10,
        ...(afterRender ? { afterRender } : {}),
      });
      const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
      const observe = vi.spyOn(MutationObserver.prototype, 'observe');
      const feed = document.getElementById('feed')!;
      // A feed churned node by node: far more records than the page has elements.
      for (let round = 0; round < 3; round++) {
        while (feed.firstChild) feed.firstChild.remove();
        for (let i = 0; i < 20; i++)
          feed.appendChild(document.createElement('p')).textContent =
            i === 5 ? `CCSVI ${round}` : `item ${i}`;
      }
      await settle(scanner);
      expect(disconnect).toHaveBeenCalledTimes(1);
      expect(observe).toHaveBeenCalledWith(document, expect.anything());
      expect(texts(scanner)).toEqual(['CCSVI']);
      expect(scanner.mentions()[0]!.range.startContainer.textContent).toBe('CCSVI 2');
      expect(highlights.size).toBe(1);
      // Records are taken again: a small change is read on its own.
      document.body.appendChild(document.createElement('p')).textContent = 'CCSVI later';
      await settle(scanner);
      expect(scanner.count).toBe(2);
      expect(disconnect).toHaveBeenCalledTimes(1);
      disconnect.mockRestore();
      observe.mockRestore();
    },
  );

  test('text deleted inside a node (a collapsed range) drops its mention', async () => {
    const { scanner, highlights } = await scanHtml('<p>x CCSVI</p><p>CCSVI</p>');
    (document.querySelector('p')!.firstChild as Text).deleteData(2, 5);
    await settle(scanner);
    expect(scanner.count).toBe(1);
    expect(highlights.size).toBe(1);
  });
});

describe('editors', () => {
  test('a region switched to contenteditable loses its highlights; switched back it gets them again', async () => {
    const { scanner, highlights } = await scanHtml(
      '<div id="ed"><p>CCSVI in the editor</p></div><p>CCSVI outside</p>',
    );
    expect(scanner.count).toBe(2);
    document.getElementById('ed')!.setAttribute('contenteditable', 'true');
    await settle(scanner);
    expect(texts(scanner)).toEqual(['CCSVI']);
    expect(highlights.size).toBe(1);
    document.getElementById('ed')!.setAttribute('contenteditable', 'false');
    await settle(scanner);
    expect(scanner.count).toBe(2);
  });

  test.each([
    ['role="textbox"', '<div role="textbox" aria-multiline="true"><div>CCSVI</div></div>'],
    ['aria-multiline', '<div aria-multiline="true"><div>CCSVI</div></div>'],
    ['role="code"', '<div role="code"><div>CCSVI</div></div>'],
    ['aria-roledescription="editor"', '<div aria-roledescription="editor"><div>CCSVI</div></div>'],
  ])('an editor surface marked %s is skipped', async (_name, html) => {
    const { scanner } = await scanHtml(`${html}<p>CCSVI outside</p>`);
    expect(scanner.mentions().map((m) => m.range.startContainer.parentElement!.textContent)).toEqual([
      'CCSVI outside',
    ]);
  });

  test('a region driven by a hidden textarea (Ace, Monaco) is skipped', async () => {
    // Ace's input: laid out, but transparent.
    document.body.innerHTML =
      '<div id="editor"><div class="lines"><div>CCSVI</div></div><textarea id="input" style="opacity: 0"></textarea></div><p>CCSVI outside</p>';
    const { scanner } = createScanner();
    await scanner.start(document);
    expect(scanner.mentions().map((m) => m.range.startContainer.parentElement!.textContent)).toEqual([
      'CCSVI outside',
    ]);
  });

  test('a page without any anchor of a term is not searched for editors', async () => {
    document.body.innerHTML =
      '<div><textarea style="opacity: 0"></textarea></div><p>Nothing to see here.</p>';
    const search = vi.spyOn(Document.prototype, 'querySelectorAll');
    const { scanner } = createScanner();
    await scanner.start(document);
    expect(scanner.count).toBe(0);
    expect(search.mock.calls.map(([selector]) => selector)).not.toContain('textarea');
  });

  test('a textarea that turns hidden and takes focus drops the mentions of the region it drives', async () => {
    // Not rendered at first (a stylesheet rule, which no mutation record reports), then shown and focused.
    document.body.innerHTML =
      '<style>#input { display: none }</style><div id="editor"><div class="lines"><div>CCSVI</div></div><textarea id="input" style="opacity: 0"></textarea></div><p>CCSVI outside</p>';
    const input = document.getElementById('input') as HTMLTextAreaElement;
    const { scanner } = createScanner();
    await scanner.start(document);
    expect(scanner.count).toBe(2);
    document.body.querySelector('style')!.sheet!.deleteRule(0);
    input.focus();
    await settle(scanner);
    expect(texts(scanner)).toEqual(['CCSVI']);
    document
      .querySelector('.lines')!
      .append(Object.assign(document.createElement('div'), { textContent: 'more CCSVI' }));
    await settle(scanner);
    expect(scanner.count).toBe(1);
  });
});

describe('text revealed without an observed change', () => {
  test('a popover shown (a toggle event, no attribute change) makes hidden mentions be looked at again', async () => {
    const { scanner } = await scanHtml('<div id="pop" popover><p>CCSVI</p></div>');
    expect(scanner.count).toBe(0);
    (document.getElementById('pop') as HTMLElement).showPopover();
    await wait(20);
    await settle(scanner);
    expect(scanner.count).toBe(1);
  });

  test('a resize makes hidden mentions be looked at again, once the resizing pauses', async () => {
    const width = window.innerWidth;
    const height = window.innerHeight;
    // Shown only in a wider viewport than the test starts with.
    const { scanner } = await scanHtml(
      `<style>aside { display: none } @media (min-width: ${width + 100}px) { aside { display: block } }</style><aside><p>CCSVI</p></aside>`,
      { resizeDelayMs: 1500 },
    );
    expect(scanner.count).toBe(0);
    const resized = new Promise<number>((resolve) =>
      window.addEventListener('resize', () => resolve(performance.now()), { once: true }),
    );
    try {
      await page.viewport(width + 200, height);
      const at = await resized;
      await settle(scanner);
      // Still resizing as far as the scanner knows (checked only while the pause has not passed).
      if (performance.now() - at < 1000) expect(scanner.count).toBe(0);
      await expect.poll(async () => (await settle(scanner), scanner.count), { timeout: 6000 }).toBe(1);
    } finally {
      await page.viewport(width, height);
    }
  });
});

describe('shadow roots attached after the first scan', () => {
  test('a shadow root attached on a click is found by the sweep that follows the interaction', async () => {
    const { scanner } = await scanHtml('<div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>CCSVI inside</p>';
    window.dispatchEvent(new MouseEvent('click'));
    await wait(150);
    await settle(scanner);
    expect(texts(scanner)).toEqual(['CCSVI']);
  });

  test('a custom element defined later, which attaches its shadow root when upgraded, is found', async () => {
    const { scanner } = await scanHtml('<late-card-x></late-card-x>', { undefinedPollMs: 10 });
    customElements.define(
      'late-card-x',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Liberation Procedure and CCSVI</p>';
        }
      },
    );
    await wait(40);
    await settle(scanner);
    expect(texts(scanner)).toEqual(['Liberation Procedure', 'CCSVI']);
  });

  test('a touched subtree whose host got a shadow root is scanned', async () => {
    const { scanner } = await scanHtml('<div id="host"><span>light</span></div>');
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>CCSVI</p><slot></slot>';
    host.append(document.createElement('i'));
    await settle(scanner);
    expect(texts(scanner)).toEqual(['CCSVI']);
  });
});
