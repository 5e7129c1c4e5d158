import { defineBackground } from '#imports';
import { startBadge } from './badge';
import { startCardContent } from './card-content';
import { startCommands } from './commands';
import { startPageOpeners } from './page-openers';
import { startPrivacyMode } from './privacy-mode';

export default defineBackground(() => {
  startBadge();
  startCommands();
  startPageOpeners();
  startCardContent();
  startPrivacyMode();
});
