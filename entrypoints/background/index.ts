import { defineBackground } from '#imports';
import { listen, type ToExtension } from '../../utils/messages';
import { startBadge, tabFramesOf } from './badge';
import { startCardContent } from './card-requests';
import { startCommands } from './commands';
import { startFirstMention } from './first-mention';
import { startFrameCards } from './frame-cards';
import { startHiddenMentions } from './hidden-mentions';
import { startPageContext } from './page-context';
import { startPageOpeners } from './page-openers';
import { startPrivacyMode } from './privacy-mode';
import { startSiteSettings } from './site-settings';

export default defineBackground(() => {
  const badge = startBadge();
  const pageContext = startPageContext();
  // The background's one listener: every message it answers, and who answers it.
  listen<ToExtension>({
    'mentions:count': (message, sender) => {
      // A frame's first mention also starts the reading of its page context; the badge answers.
      pageContext['mentions:count'](message, sender);
      return badge['mentions:count'](message, sender);
    },
    'tab:frames': badge['tab:frames'],
    ...startCommands(tabFramesOf),
    ...startFirstMention(),
    ...startFrameCards(),
    ...startHiddenMentions(),
    ...startPageOpeners(),
    ...startCardContent(),
    ...startPrivacyMode(),
    ...startSiteSettings(),
  });
});
