import { defineContentScript } from '#imports';
import { startHighlighting } from './highlighting';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    void startHighlighting(ctx.signal);
  },
});
