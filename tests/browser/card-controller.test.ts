// The card's controller (entrypoints/content/card/controller.tsx) in a real browser, on real line boxes
// and highlights, with fake services: when it listens, how the pointer, clicks, taps and keys open and
// close the card, and the "Don't highlight on this site" flow.
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { RemoteCard } from '../../components/card/remote-types';
import type { CardContent } from '../../components/card/types';
import type { FoundMention } from '../../core/page-scanner';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { CardServices } from '../../entrypoints/content/card/card-services';
import { startCard } from '../../entrypoints/content/card/controller';
import { buildCardContent } from '../../entrypoints/background/card-content';
import { ccsviTopic } from '../../data';

const content: CardContent = buildCardContent(ccsviTopic);

/** The page's highlights, where highlightsFromPoint finds the mentions. */
const painted = new Highlight();

function mentionIn(p: HTMLElement, word: string, id: number, termId = 'ccsvi-abbr'): FoundMention {
  const text = p.firstChild as Text;
  const start = text.data.indexOf(word);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + word.length);
  painted.add(range);
  return {
    id,
    termId,
    text: word,
    range,
    startNode: text,
    startOffset: start,
    endNode: text,
    endOffset: start + word.length,
    block: p,
    highlighted: true,
  } as unknown as FoundMention;
}

/** The middle of a mention's first line box, in viewport coordinates. */
function at(mention: FoundMention): [number, number] {
  const box = mention.range.getClientRects()[0]!;
  return [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
}

/** A point on the page away from every mention and from the card. */
const AWAY: [number, number] = [900, 700];

function setup(settings: Partial<Settings> = {}, extraServices: Partial<CardServices> = {}) {
  document.body.innerHTML =
    '<div style="font: 16px/1.5 sans-serif; width: 400px"><button id="before">before</button><p id="a">People ask about CCSVI a lot.</p><p id="b">And CCSVI again.</p><a id="link" href="#x">Read about CCSVI</a><p id="c">The Liberation Procedure.</p></div>';
  painted.clear();
  CSS.highlights.set('fact-context-mention-underline', painted);
  const a = mentionIn(document.getElementById('a')!, 'CCSVI', 1);
  const b = mentionIn(document.getElementById('b')!, 'CCSVI', 2);
  const inLink = mentionIn(document.getElementById('link')!, 'CCSVI', 3);
  const other = mentionIn(document.getElementById('c')!, 'Liberation Procedure', 4, 'liberation-en');
  let mentions: FoundMention[] = [];
  const setActive = vi.fn();
  const services = {
    loadContent: vi.fn(async () => content),
    openFullView: vi.fn(async () => true),
    setSiteOff: vi.fn(async () => undefined),
    setHidden: vi.fn(async () => undefined),
  } satisfies CardServices;
  const controller = new AbortController();
  const card = startCard(
    controller.signal,
    { mentions: () => mentions, highlights: () => ({ setActive }) as never },
    { ...services, ...extraServices },
  );
  card.setSettings({ ...DEFAULT_SETTINGS, ...settings });
  return {
    a,
    b,
    inLink,
    other,
    card,
    services,
    setActive,
    controller,
    setMentions(list: FoundMention[]) {
      mentions = list;
      card.refresh();
    },
  };
}

const host = () => document.querySelector('fact-context-card');
const dialog = () => host()?.shadowRoot?.querySelector('[role="dialog"]') ?? null;
const pointer = (type: string, x: number, y: number, target: EventTarget = window, pointerType = 'mouse') =>
  target.dispatchEvent(
    new PointerEvent(type, { clientX: x, clientY: y, pointerType, bubbles: true, composed: true }),
  );
const click = (x: number, y: number, target: EventTarget = document.body) =>
  target.dispatchEvent(
    new MouseEvent('click', { clientX: x, clientY: y, button: 0, detail: 1, bubbles: true, composed: true }),
  );
const flush = async () => {
  vi.advanceTimersByTime(20);
  await Promise.resolve();
  await Promise.resolve();
};

let listening: string[] = [];
beforeAll(async () => {
  // A desktop window: the card beside its mention leaves the corner at AWAY free.
  await page.viewport(1024, 768);
});
beforeEach(() => {
  vi.useFakeTimers();
  // Animation frames on the fake clock.
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation(
    (cb) => setTimeout(() => cb(0), 16) as unknown as number,
  );
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => clearTimeout(id));
  listening = [];
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation(
    (type: string, listener: unknown, options?: unknown) => {
      listening.push(type);
      add(type, listener as EventListener, options as AddEventListenerOptions);
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  document.querySelectorAll('fact-context-card').forEach((h) => h.remove());
  CSS.highlights.clear();
});

test('no listener at all while the page has no mentions; no host until a card opens', () => {
  const t = setup();
  expect(listening).toEqual([]);
  t.setMentions([t.a, t.b]);
  expect(listening).toEqual(expect.arrayContaining(['pointermove', 'pointerdown', 'click']));
  expect(host()).toBeNull();
  expect(t.services.loadContent).toHaveBeenCalledTimes(1); // prefetched with the first mentions
  t.controller.abort();
});

test('resting on a mention for the hover delay opens the card; leaving closes it after the grace period', async () => {
  const t = setup();
  t.setMentions([t.a, t.b]);
  await flush();
  pointer('pointermove', ...at(t.a));
  vi.advanceTimersByTime(200);
  expect(dialog()).toBeNull();
  vi.advanceTimersByTime(150);
  expect(dialog()).not.toBeNull();
  expect(dialog()!.textContent).toContain(content.verdict.text);
  expect(t.setActive).toHaveBeenLastCalledWith(t.a.range);
  expect(host()!.parentNode).toBe(document.documentElement);
  pointer('pointermove', ...AWAY);
  vi.advanceTimersByTime(200);
  expect(dialog()).not.toBeNull();
  vi.advanceTimersByTime(200);
  expect(dialog()).toBeNull();
  expect(t.setActive).toHaveBeenLastCalledWith(null);
  t.controller.abort();
  expect(host()).toBeNull();
});

test('the pointer on the card keeps it open', async () => {
  const t = setup();
  t.setMentions([t.a]);
  await flush();
  pointer('pointermove', ...at(t.a));
  vi.advanceTimersByTime(400);
  const inside = host()!.shadowRoot!.querySelector('.verdict')!;
  const box = inside.getBoundingClientRect();
  pointer('pointermove', box.left + 5, box.top + 5, inside);
  vi.advanceTimersByTime(2000);
  expect(dialog()).not.toBeNull();
  t.controller.abort();
});

test('Escape closes a hovered card; a click outside closes a pinned one', async () => {
  const t = setup();
  t.setMentions([t.a, t.b]);
  await flush();
  pointer('pointermove', ...at(t.a));
  vi.advanceTimersByTime(400);
  const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  document.body.dispatchEvent(escape);
  expect(dialog()).toBeNull();
  expect(escape.defaultPrevented).toBe(true);

  click(...at(t.b));
  expect(dialog()).not.toBeNull();
  pointer('pointermove', ...AWAY);
  vi.advanceTimersByTime(1000);
  expect(dialog()).not.toBeNull(); // pinned by the click
  pointer('pointerdown', ...AWAY, document.body);
  expect(dialog()).toBeNull();
  t.controller.abort();
});

test('keyboard reveal: focus moves into the card; Escape inside returns it', async () => {
  const t = setup();
  t.setMentions([t.a, t.b]);
  await flush();
  const before = document.getElementById('before')!;
  before.focus();
  t.card.reveal(t.b, true);
  expect(document.activeElement).toBe(host());
  expect(host()!.shadowRoot!.activeElement).toBe(dialog());
  dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  expect(dialog()).toBeNull();
  expect(document.activeElement).toBe(before);
  t.controller.abort();
});

test('keys pressed inside the card do not reach the page', async () => {
  const t = setup();
  t.setMentions([t.a]);
  await flush();
  t.card.reveal(t.a, true);
  const seen = vi.fn();
  document.addEventListener('keydown', seen);
  host()!
    .shadowRoot!.querySelector('button')!
    .dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, composed: true }));
  document.removeEventListener('keydown', seen);
  expect(seen).not.toHaveBeenCalled();
  t.controller.abort();
});

test('openCardOn click: hovering does nothing, a click opens and a second click closes', async () => {
  const t = setup({ openCardOn: 'click' });
  t.setMentions([t.a, t.b]);
  await flush();
  expect(listening).not.toContain('pointermove');
  pointer('pointermove', ...at(t.a));
  vi.advanceTimersByTime(1000);
  expect(dialog()).toBeNull();
  click(...at(t.a));
  expect(dialog()).not.toBeNull();
  click(...at(t.a));
  expect(dialog()).toBeNull();
  t.controller.abort();
});

test("a tap opens the card; a mention inside the page's link is left to the link", async () => {
  const t = setup();
  t.setMentions([t.a, t.inLink]);
  await flush();
  pointer('pointerdown', ...at(t.inLink), document.body, 'touch');
  click(...at(t.inLink));
  expect(dialog()).toBeNull();
  pointer('pointerdown', ...at(t.a), document.body, 'touch');
  click(...at(t.a));
  expect(dialog()).not.toBeNull();
  t.controller.abort();
});

test('a card whose mention went away closes; one card at a time', async () => {
  const t = setup();
  t.setMentions([t.a, t.b]);
  await flush();
  t.card.reveal(t.a, false);
  t.card.reveal(t.b, false);
  expect(document.querySelectorAll('fact-context-card')).toHaveLength(1);
  expect(t.setActive).toHaveBeenLastCalledWith(t.b.range);
  t.setMentions([t.a]);
  expect(dialog()).toBeNull();
  t.controller.abort();
});

test("Don't highlight on this site: saved, confirmed with the site's name even as highlighting stops; Undo", async () => {
  const t = setup();
  t.setMentions([t.a]);
  await flush();
  t.card.reveal(t.a, true);
  const button = [...host()!.shadowRoot!.querySelectorAll('button')].find(
    (b) => b.textContent === 'Don’t highlight on this site',
  )!;
  button.click();
  // The scan stops before the save resolves: the card stays to confirm.
  t.setMentions([]);
  await flush();
  expect(t.services.setSiteOff).toHaveBeenCalledWith('localhost', true);
  expect(dialog()!.textContent).toContain('Highlighting is off on localhost.');
  const undo = [...host()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;
  expect(host()!.shadowRoot!.activeElement).toBe(undo);
  undo.click();
  await flush();
  expect(t.services.setSiteOff).toHaveBeenLastCalledWith('localhost', false);
  expect(dialog()).toBeNull();
  t.controller.abort();
});

test('a failed action says so in the card', async () => {
  const t = setup();
  t.services.openFullView.mockRejectedValueOnce(new Error('no'));
  t.setMentions([t.a]);
  await flush();
  t.card.reveal(t.a, false);
  const fullView = () =>
    [...host()!.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent === 'See all the studies and the timeline',
    )!;
  fullView().click();
  await flush();
  expect(dialog()!.textContent).toContain('That did not work. Please try again.');
  fullView().click();
  await flush();
  expect(t.services.openFullView).toHaveBeenCalledTimes(2);
  expect(dialog()).toBeNull();
  t.controller.abort();
});

test('content that could not be loaded: the card says so and retries', async () => {
  const t = setup();
  // Fails when prefetched and again when the card opens (it asks again then).
  t.services.loadContent
    .mockRejectedValueOnce(new Error('worker asleep'))
    .mockRejectedValueOnce(new Error('still asleep'));
  t.setMentions([t.a]);
  await flush();
  t.card.reveal(t.a, false);
  expect(dialog()!.textContent).toContain('Loading the evidence summary');
  await flush();
  expect(t.services.loadContent).toHaveBeenCalledTimes(2);
  expect(dialog()!.textContent).toContain('could not be loaded');
  [...host()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!.click();
  await flush();
  expect(dialog()!.textContent).toContain(content.verdict.text);
  t.controller.abort();
});

const buttonNamed = (name: string) =>
  [...host()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;

test('after the reader closed a card, hovering the same term on this page does not open it; a click or the keyboard does', async () => {
  const t = setup();
  t.setMentions([t.a, t.b, t.other]);
  await flush();
  pointer('pointermove', ...at(t.a));
  vi.advanceTimersByTime(400);
  expect(dialog()).not.toBeNull();
  host()!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click();
  expect(dialog()).toBeNull();
  // The same term, elsewhere on the page: no card on hover.
  pointer('pointermove', ...AWAY);
  vi.advanceTimersByTime(100);
  pointer('pointermove', ...at(t.b));
  vi.advanceTimersByTime(1000);
  expect(dialog()).toBeNull();
  // Another term still opens on hover.
  pointer('pointermove', ...at(t.other));
  vi.advanceTimersByTime(400);
  expect(dialog()).not.toBeNull();
  // Escape closes it; that term is now left alone by the pointer too, but a click opens it.
  document.body.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
  );
  expect(dialog()).toBeNull();
  pointer('pointermove', ...AWAY);
  vi.advanceTimersByTime(100);
  pointer('pointermove', ...at(t.other));
  vi.advanceTimersByTime(1000);
  expect(dialog()).toBeNull();
  click(...at(t.other));
  expect(dialog()).not.toBeNull();
  // …and so does the keyboard, for the first term.
  t.card.reveal(t.b, true);
  expect(t.setActive).toHaveBeenLastCalledWith(t.b.range);
  expect(dialog()).not.toBeNull();
  t.controller.abort();
});

test('a hovered card that closes by itself (the pointer left) does not hold the term back', async () => {
  const t = setup();
  t.setMentions([t.a, t.b]);
  await flush();
  pointer('pointermove', ...at(t.a));
  vi.advanceTimersByTime(400);
  pointer('pointermove', ...AWAY);
  vi.advanceTimersByTime(1000);
  expect(dialog()).toBeNull();
  pointer('pointermove', ...at(t.b));
  vi.advanceTimersByTime(400);
  expect(dialog()).not.toBeNull();
  t.controller.abort();
});

test('Not about CCSVI: saved for this page, the card becomes a confirmation with Undo; Undo brings the card back', async () => {
  const t = setup();
  t.setMentions([t.a, t.b]);
  await flush();
  t.card.reveal(t.a, true);
  buttonNamed('Not about CCSVI?')!.click();
  expect(t.services.setHidden).toHaveBeenCalledWith(location.href, 'CCSVI', true);
  expect(t.setActive).toHaveBeenLastCalledWith(null);
  // The scan drops every mention with that text before the save resolves: the card stays.
  t.setMentions([]);
  await flush();
  expect(dialog()).not.toBeNull();
  const status = host()!.shadowRoot!.querySelector('[role="status"]')!;
  expect(status.textContent).toContain('“CCSVI”: This mention is hidden on this page.');
  expect(dialog()!.querySelector('.verdict')).toBeNull();
  const undo = buttonNamed('Undo')!;
  expect(host()!.shadowRoot!.activeElement).toBe(undo);
  undo.click();
  await flush();
  expect(t.services.setHidden).toHaveBeenLastCalledWith(location.href, 'CCSVI', false);
  // Found again (new objects, same place in the text): the card belongs to it again.
  const again = { ...t.a, id: 9 } as FoundMention;
  t.setMentions([again, t.b]);
  await flush();
  expect(dialog()).not.toBeNull();
  expect(dialog()!.querySelector('.verdict')).not.toBeNull();
  expect(host()!.shadowRoot!.activeElement).toBe(buttonNamed('Not about CCSVI?'));
  expect(t.setActive).toHaveBeenLastCalledWith(again.range);
  t.controller.abort();
});

test('Not about CCSVI: a save that failed says so and keeps the mention', async () => {
  const t = setup();
  t.services.setHidden.mockRejectedValueOnce(new Error('no'));
  t.setMentions([t.a]);
  await flush();
  t.card.reveal(t.a, true);
  buttonNamed('Not about CCSVI?')!.click();
  await flush();
  expect(dialog()!.textContent).toContain('That did not work. Please try again.');
  expect(buttonNamed('Not about CCSVI?')).not.toBeNull();
  expect(buttonNamed('Undo')).toBeNull();
  t.controller.abort();
});

test('in a frame below the top one the top frame draws the card: the frame sends it, keeps it while the pointer is on it there, runs what is done on it, and draws it itself when the top frame cannot', async () => {
  // Vitest runs these tests in a frame right below its top page.
  expect(window.parent).toBe(window.top);
  let canDraw = true;
  const sent: Array<RemoteCard | null> = [];
  const drawInTop = vi.fn(async (_token: string, _opening: number, card: RemoteCard | null) => {
    sent.push(card);
    return canDraw;
  });
  const t = setup({}, { drawInTop });
  t.setMentions([t.a, t.b]);
  await flush();
  pointer('pointermove', ...at(t.a));
  vi.advanceTimersByTime(400);
  await flush();
  expect(dialog()).toBeNull();
  const card = sent.at(-1)!;
  expect(card.view.content).toEqual(content);
  expect(card.view.notAboutText).toBe('CCSVI');
  const box = t.a.range.getClientRects()[0]!;
  expect(card.rects[0]).toMatchObject({ left: box.left, top: box.top });
  expect(card.focus).toBe(false);
  expect(t.setActive).toHaveBeenLastCalledWith(t.a.range);
  // The pointer leaves the frame for the card in the top page: it stays.
  pointer('pointermove', ...AWAY);
  t.card.remoteEvent('pointer-on');
  vi.advanceTimersByTime(2000);
  await flush();
  expect(sent.at(-1)).not.toBeNull();
  // The full view, asked for on the top page's card, opens; the card closes.
  t.card.remoteEvent('full-view');
  await flush();
  expect(t.services.openFullView).toHaveBeenCalledTimes(1);
  expect(sent.at(-1)).toBeNull();
  expect(t.setActive).toHaveBeenLastCalledWith(null);
  // The top frame cannot draw: this frame's own card shows instead, from then on.
  canDraw = false;
  t.card.reveal(t.b, true);
  await flush();
  expect(dialog()).not.toBeNull();
  expect(host()!.shadowRoot!.activeElement).not.toBeNull();
  t.controller.abort();
});
