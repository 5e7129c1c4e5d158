// Hover intent timing (core/hover-intent.ts): the delay before opening, the grace period before
// closing, and moving between a mention and its card or another mention.
import { HoverIntent } from '../../core/hover-intent';

function make(delay = 300) {
  const events: string[] = [];
  const intent = new HoverIntent<string>({
    openDelay: () => delay,
    onOpen: (t) => events.push(`open ${t}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('opens after the pointer rests for the delay, not before', () => {
  const { intent, events } = make();
  intent.over('a');
  vi.advanceTimersByTime(299);
  expect(events).toEqual([]);
  intent.over('a'); // moving within the same mention does not restart the wait
  vi.advanceTimersByTime(1);
  expect(events).toEqual(['open a']);
});

test('passing over a mention quickly opens nothing', () => {
  const { intent, events } = make();
  intent.over('a');
  vi.advanceTimersByTime(100);
  intent.over(null);
  vi.advanceTimersByTime(1000);
  expect(events).toEqual([]);
});

test('closes after the grace period once the pointer is on neither the mention nor the card', () => {
  const { intent, events } = make();
  intent.over('a');
  vi.advanceTimersByTime(300);
  intent.over(null);
  vi.advanceTimersByTime(299);
  expect(events).toEqual(['open a']);
  vi.advanceTimersByTime(1);
  expect(events).toEqual(['open a', 'close']);
});

test('reaching the card within the grace period keeps it; leaving the card closes it', () => {
  const { intent, events } = make();
  intent.over('a');
  vi.advanceTimersByTime(300);
  intent.over(null);
  vi.advanceTimersByTime(200);
  intent.overCard();
  vi.advanceTimersByTime(5000);
  expect(events).toEqual(['open a']);
  intent.over(null);
  vi.advanceTimersByTime(300);
  expect(events).toEqual(['open a', 'close']);
});

test('back on the mention within the grace period keeps the card', () => {
  const { intent, events } = make();
  intent.over('a');
  vi.advanceTimersByTime(300);
  intent.over(null);
  vi.advanceTimersByTime(250);
  intent.over('a');
  vi.advanceTimersByTime(5000);
  expect(events).toEqual(['open a']);
});

test('resting on another mention switches the card without closing it in between', () => {
  const { intent, events } = make();
  intent.over('a');
  vi.advanceTimersByTime(300);
  intent.over(null);
  vi.advanceTimersByTime(100);
  intent.over('b');
  vi.advanceTimersByTime(299);
  expect(events).toEqual(['open a']);
  vi.advanceTimersByTime(1);
  expect(events).toEqual(['open a', 'open b']);
});

test('a delay of 0 opens at once', () => {
  const { intent, events } = make(0);
  intent.over('a');
  expect(events).toEqual(['open a']);
});

test('reset forgets pending timers without calling back', () => {
  const { intent, events } = make();
  intent.over('a');
  intent.reset();
  vi.advanceTimersByTime(1000);
  expect(events).toEqual([]);
  intent.over('b');
  vi.advanceTimersByTime(300);
  intent.over(null);
  intent.reset();
  vi.advanceTimersByTime(1000);
  expect(events).toEqual(['open b']);
  // The card it had opened is forgotten: resting on the same mention opens it again.
  intent.over('b');
  vi.advanceTimersByTime(300);
  expect(events).toEqual(['open b', 'open b']);
});
