import { defineBackground } from '#imports';
import { startBadge, tabFramesOf } from './badge';
import { startCardContent } from './card-content';
import { startCommands } from './commands';
import { startFirstMention } from './first-mention';
import { startFrameCards } from './frame-cards';
import { startPageContext } from './page-context';
import { startPageOpeners } from './page-openers';
import { startPrivacyMode } from './privacy-mode';
import { startSiteSettings } from './site-settings';

export default defineBackground(() => {
  startBadge();
  startCommands(tabFramesOf);
  startFirstMention();
  startFrameCards();
  startPageOpeners();
  startCardContent();
  startPageContext();
  startPrivacyMode();
  startSiteSettings();
});
