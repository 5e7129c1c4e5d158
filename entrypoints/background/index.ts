import { defineBackground } from '#imports';
import { startBadge } from './badge';
import { startCardContent } from './card-content';
import { startCommands } from './commands';
import { startFirstMention } from './first-mention';
import { startPageOpeners } from './page-openers';
import { startPrivacyMode } from './privacy-mode';
import { startSiteSettings } from './site-settings';

export default defineBackground(() => {
  startBadge();
  startCommands();
  startFirstMention();
  startPageOpeners();
  startCardContent();
  startPrivacyMode();
  startSiteSettings();
});
