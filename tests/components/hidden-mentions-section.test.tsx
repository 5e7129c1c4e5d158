// Options → "Mentions you hid" (components/options/hidden-mentions-section.tsx): the count, the file and
// clearing, as the reader meets them.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { HiddenMentionsView } from '../../components/options/hidden-mentions-section';
import type { HiddenMention } from '../../core/hidden-mentions';

afterEach(cleanup);

const records: HiddenMention[] = [
  { url: 'https://forum.example.org/t/1', text: 'CCSVI', at: '2026-12-03' },
  { url: 'https://forum.example.org/t/1', text: 'IVCC', at: '2026-12-03' },
  { url: 'https://example.org/', text: 'CCSVI', at: '2026-12-02' },
];

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

test('how many words or phrases are hidden, on how many pages; save and clear', async () => {
  const onSave = vi.fn();
  const onClear = vi.fn(async () => undefined);
  render(<HiddenMentionsView records={records} onSave={onSave} onClear={onClear} />);
  expect(screen.getByText(/^You hid/).textContent).toBe('You hid 3 words or phrases on 2 pages.');
  fireEvent.click(button('Save the list to a file'));
  expect(onSave).toHaveBeenCalledTimes(1);
  fireEvent.click(button('Highlight them all again'));
  expect(onClear).toHaveBeenCalledTimes(1);
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe('Every hidden mention is highlighted again.'),
  );
});

test('one of each, none, and while reading', () => {
  render(<HiddenMentionsView records={records.slice(0, 1)} onSave={vi.fn()} onClear={vi.fn()} />);
  expect(screen.getByText(/^You hid/).textContent).toBe('You hid 1 word or phrase on 1 page.');
  cleanup();
  render(<HiddenMentionsView records={[]} onSave={vi.fn()} onClear={vi.fn()} />);
  expect(screen.getByText('You have not hidden any mention.')).toBeTruthy();
  expect(button('Save the list to a file').disabled).toBe(true);
  expect(button('Highlight them all again').disabled).toBe(true);
  cleanup();
  render(<HiddenMentionsView records={null} onSave={vi.fn()} onClear={vi.fn()} />);
  expect(screen.getByText('Reading the list…')).toBeTruthy();
});

test('a clear that failed says so', async () => {
  render(
    <HiddenMentionsView
      records={records}
      onSave={vi.fn()}
      onClear={vi.fn(async () => Promise.reject(new Error('x')))}
    />,
  );
  fireEvent.click(button('Highlight them all again'));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe('That did not work. Please try again.'),
  );
});
