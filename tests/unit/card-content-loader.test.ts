import type { CardContent } from '../../components/card/types';
import type { FoundMention } from '../../core/page-scanner';
import { cardContentLoader } from '../../entrypoints/content/card/card-content-loader';
import type { CardRequest } from '../../entrypoints/content/card/card-services';

/** A mention of a term in a paragraph with this `lang` (none: no clue on the page). */
function mentionIn(lang: string | null, termId = 'ccsvi-abbr'): FoundMention {
  const p = document.createElement('p');
  if (lang) p.lang = lang;
  p.textContent = 'CCSVI';
  document.body.append(p);
  return { termId, startNode: p.firstChild! } as unknown as FoundMention;
}

const contentIn = (lang: string) => ({ lang }) as CardContent;

/** A load the test answers by hand. */
function manualLoad() {
  const calls: Array<{ request: CardRequest; resolve(c: CardContent): void; reject(): void }> = [];
  const load = (request: CardRequest) =>
    new Promise<CardContent>((resolve, reject) =>
      calls.push({ request, resolve, reject: () => reject(new Error('no')) }),
    );
  return { load, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML = '';
});

test("asks once per mention's languages; content stays until the next one comes", async () => {
  const { load, calls } = manualLoad();
  const changed = vi.fn();
  const loader = cardContentLoader(load, changed);
  const english = mentionIn(null);
  loader.want(english);
  loader.want(english);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.request).toEqual({ pageLang: null, termLang: 'en' });
  expect(loader.state).toBe('loading');
  calls[0]!.resolve(contentIn('en'));
  await settle();
  expect(changed).toHaveBeenCalledTimes(1);
  expect(loader.state).toBe('ready');
  loader.want(mentionIn(null));
  expect(calls).toHaveLength(1);

  loader.want(mentionIn('it'));
  expect(calls).toHaveLength(2);
  expect(calls[1]!.request).toEqual({ pageLang: 'it', termLang: 'en' });
  // The English card stays on screen until the Italian content comes.
  expect(loader.state).toBe('ready');
  expect(loader.content?.lang).toBe('en');
  calls[1]!.resolve(contentIn('it'));
  await settle();
  expect(loader.content?.lang).toBe('it');
});

test('a failed load says so, and the next want or a retry asks again', async () => {
  const { load, calls } = manualLoad();
  const loader = cardContentLoader(load, () => {});
  const mention = mentionIn('fr');
  loader.want(mention);
  calls[0]!.reject();
  await settle();
  expect(loader.state).toBe('error');
  expect(loader.content).toBeNull();
  loader.want(mention);
  expect(calls).toHaveLength(2);
  // A retry asks again even while a request is on its way (the background may have been starting).
  loader.retry(mention);
  expect(calls).toHaveLength(3);
  loader.want(undefined);
  expect(calls).toHaveLength(3);
});

test('the answer to a request that a retry replaced is ignored, whenever it comes', async () => {
  const { load, calls } = manualLoad();
  const changed = vi.fn();
  const loader = cardContentLoader(load, changed);
  const mention = mentionIn(null);
  loader.want(mention);
  loader.retry(mention);
  calls[1]!.resolve(contentIn('en'));
  await settle();
  calls[0]!.reject();
  await settle();
  expect(loader.state).toBe('ready');
  expect(loader.content?.lang).toBe('en');
  expect(changed).toHaveBeenCalledTimes(1);
});
