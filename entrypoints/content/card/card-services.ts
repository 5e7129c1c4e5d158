import { isCardContent, type CardContent } from '../../../components/card/types';
import type { RemoteCard } from '../../../components/card/remote-types';
import { checkSitePattern } from '../../../core/site-patterns';
import { sendToBackground, type ToExtension } from '../../../utils/messages';
import { sitePatternProblemText } from '../../../utils/settings-text';

/** What the background needs to write the card in the right language, with the page's date line. */
export type CardRequest = ToExtension['topic:card']['request'];

/** What the card asks of the rest of the extension (the background, the settings). */
export interface CardServices {
  loadContent(request: CardRequest): Promise<CardContent>;
  /** `lang`: the card's language, for the full view */
  openFullView(lang?: string): Promise<unknown>;
  /** Adds the site to (off) or removes it from (!off) the reader's "never on these sites" list. */
  setSiteOff(site: string, off: boolean): Promise<void>;
  /** "Not about CCSVI?": hides every mention with this text on the page at `url` (or shows them again). */
  setHidden(url: string, text: string, hide: boolean): Promise<void>;
  /**
   * Asks the top frame to draw this frame's card (null: to take it away); false when it cannot.
   * Without it, a frame draws its own card.
   */
  drawInTop?(token: string, opening: number, card: RemoteCard | null): Promise<boolean>;
}

/** The card's calls to the background, from a content script. */
export const contentScriptServices: CardServices = {
  async loadContent(request) {
    const reply = await sendToBackground({ type: 'topic:card', ...request });
    if (!isCardContent(reply)) throw new Error('The background sent no card content.');
    return reply;
  },
  openFullView: (lang) => sendToBackground({ type: 'open:full-view', ...(lang ? { lang } : {}) }),
  async setSiteOff(site, off) {
    const check = checkSitePattern(site);
    if (!check.ok) {
      // Named like the settings store's own errors, so the card shows the words to the reader.
      const error = new Error(sitePatternProblemText(check.problem));
      error.name = 'InvalidSettingError';
      throw error;
    }
    // The background owns writing settings; it refuses a list that would not load again (too long).
    const reply = await sendToBackground({ type: 'settings:site-off', site: check.pattern, off });
    if (!reply?.ok) {
      // The background's message is written for the reader (a list too long to save, say).
      const error = new Error(reply?.message ?? 'settings:site-off refused');
      if (reply?.message) error.name = 'InvalidSettingError';
      throw error;
    }
  },
  async setHidden(url, text, hide) {
    const reply = await sendToBackground({ type: 'mentions:hide', url, text, hide });
    if (!reply?.ok) throw new Error('The change could not be saved.');
  },
  drawInTop: async (token, opening, card) =>
    (await sendToBackground({ type: 'card:remote', token, opening, card })) === true,
};
