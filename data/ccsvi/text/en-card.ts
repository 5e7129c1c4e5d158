/**
 * The hover card's own words in English (a part of `en`, kept in its own module so that the card
 * can show its frame before the background has sent the words of the page's language).
 */
export const enCard = {
  /** small label before the subject in the card's title, e.g. "Evidence check · CCSVI, a proposed…" */
  eyebrow: 'Evidence check',
  /** the card's title while the content loads */
  titleLoading: 'what the evidence says',
  close: 'Close',
  closeHint: 'Close (Esc)',
  basedOn: 'Based on:',
  keyPoints: 'Key points',
  fullView: 'See all the studies and the timeline',
  notAbout: 'Not about CCSVI?',
  neverOnSite: 'Don’t highlight on this site',
  neverOnSiteHint: (p: { site: string }) => `Stop highlighting on ${p.site}`,
  mentionHidden: 'This mention is hidden on this page.',
  siteOff: (p: { site: string }) => `Highlighting is off on ${p.site}.`,
  undo: 'Undo',
  /** `date` is already formatted, e.g. '3 December 2026' */
  lastReviewed: (p: { date: string }) => `Evidence last reviewed ${p.date}.`,
  /** "<Esc> closes this card.": the key is shown between `before` and `after` */
  escCloses: { before: '', after: ' closes this card.' },
  /** "<Alt+Shift+.> goes to the next mention." */
  nextMention: { before: '', after: ' goes to the next mention.' },
};
