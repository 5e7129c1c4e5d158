import { fakeBrowser } from 'wxt/testing/fake-browser';
test('fake browser storage round-trips', async () => {
  await fakeBrowser.storage.local.set({ a: 1 });
  expect(await fakeBrowser.storage.local.get('a')).toEqual({ a: 1 });
});
