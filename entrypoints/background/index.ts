import { defineBackground } from '#imports';
import { startBadge } from './badge';
import { startCardContent } from './card-content';
import { startCommands } from './commands';
import { startHighlightStyles } from './highlight-styles';
import { startPageOpeners } from './page-openers';
import { startPrivacyMode } from './privacy-mode';
import { startSiteSettings } from './site-settings';

export default defineBackground(() => {
  startBadge();
  startCommands();
  startHighlightStyles();
  startPageOpeners();
  startCardContent();
  startPrivacyMode();
  startSiteSettings();
});
