import { languageAt } from '../../core/mention-language';

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

test("the nearest element's lang wins, then the document's, then the term's", () => {
  document.documentElement.lang = 'it';
  document.body.innerHTML =
    '<p id="fr" lang="fr">Le <b id="b">CCSVI</b></p><p id="none">CCSVI</p><p lang="" id="empty">CCSVI</p>';
  expect(languageAt(document.getElementById('b')!.firstChild!, 'en')).toBe('fr');
  expect(languageAt(document.getElementById('none')!.firstChild!, 'en')).toBe('it');
  expect(languageAt(document.getElementById('empty')!.firstChild!, 'en')).toBe('it');
  document.documentElement.removeAttribute('lang');
  expect(languageAt(document.getElementById('none')!.firstChild!, 'pl')).toBe('pl');
});

test('text in a shadow root takes the lang of its host', () => {
  document.body.innerHTML = '<div lang="de" id="host"></div>';
  const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<span>CCSVI</span>';
  expect(languageAt(shadow.querySelector('span')!.firstChild!, 'en')).toBe('de');
});
