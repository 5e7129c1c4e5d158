/**
 * The card's own styles, inside its shadow root. Pixels only (a page's root font size must not
 * scale the card); the host is reset to `all: initial` with `!important` so a hostile page
 * (`* { all: unset !important }`) cannot move or restyle it: for important declarations, the shadow
 * tree's own rules win over the page's. Inherited properties then start from their initial values.
 * Written compactly: it counts against the content script's size budget.
 *
 * Colours (contrast on their background, WCAG AA needs 4.5 for text, 3 for bars and borders of controls):
 * light: text #1c1917 on #fff 17.5, muted #57534e 7.6, links #1d4ed8 6.7, primary button #fff on #92400e 7.1;
 * dark: text #f5f5f4 on #1c1917 16.3, muted #d6d3d1 12.0, links #93c5fd 10.1, primary #1c1917 on #fbbf24 10.5.
 */
const LIGHT =
  '--bg:#fff;--fg:#1c1917;--mu:#57534e;--bd:#78716c;--ru:#e7e5e4;--vb:#fffbeb;--ve:#b45309;--ln:#1d4ed8;--bb:#f5f5f4;--pb:#92400e;--pf:#fff;--ms:#b45309;--ct:#78716c;--tr:#f5f5f4;color-scheme:light';
const DARK =
  '--bg:#1c1917;--fg:#f5f5f4;--mu:#d6d3d1;--bd:#a8a29e;--ru:#44403c;--vb:#292524;--ve:#f59e0b;--ln:#93c5fd;--bb:#292524;--pb:#fbbf24;--pf:#1c1917;--ms:#f59e0b;--ct:#a8a29e;--tr:#44403c;color-scheme:dark';

export const CARD_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;overflow:visible!important;background:none!important;transform:none!important;filter:none!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important}
.frame{position:fixed;left:0;top:0;display:flex;flex-direction:column;width:600px;max-width:calc(100vw - 16px);max-height:520px;visibility:hidden}
.frame[data-open]{visibility:visible}
.card{${LIGHT};box-sizing:border-box;display:flex;flex-direction:column;min-height:0;overflow-y:auto;overscroll-behavior:contain;padding:0 16px 12px;background:var(--bg);color:var(--fg);border:1px solid var(--bd);border-radius:10px;box-shadow:0 12px 32px #0005,0 2px 6px #0003;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;overflow-wrap:break-word}
.card[data-theme=dark]{${DARK}}
@media (prefers-color-scheme:dark){.card[data-theme=system]{${DARK}}}
@media (prefers-reduced-motion:no-preference){.frame[data-open] .card{animation:fc-in .12s ease-out}@keyframes fc-in{from{opacity:0;transform:translateY(-4px)}}}
.card *{box-sizing:border-box;margin:0;padding:0;font:inherit;color:inherit}
.card:focus{outline:0}
.card:focus-visible{outline:3px solid var(--ln);outline-offset:-3px}
.card :focus-visible{outline:2px solid var(--ln);outline-offset:2px}
.card a{color:var(--ln);text-decoration:underline;text-underline-offset:2px;cursor:pointer}
.top{position:sticky;top:0;z-index:1;display:flex;align-items:flex-start;justify-content:space-between;gap:8px;margin:0 -16px;padding:10px 8px 6px 16px;background:var(--bg)}
.eyebrow{margin-right:6px;font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--mu)}.h{font-size:12px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--mu)}
.h{margin-bottom:6px}
.close{display:flex;align-items:center;justify-content:center;width:32px;height:32px;border:1px solid transparent;border-radius:6px;background:none;font-size:22px;line-height:1;cursor:pointer}
.close:hover,.btn:hover{border-color:var(--fg)}
.title{font-size:16px;font-weight:700;line-height:1.3}
.age{margin:4px 0 6px;font-weight:600}
.verdict{padding:4px 10px;background:var(--vb);border-left:4px solid var(--ve);border-radius:4px;font-weight:600;line-height:1.4}
.based,.meta,.advice,.keys{font-size:12px;color:var(--mu)}
.based{margin-top:3px}
.section{margin-top:6px;padding-top:6px;border-top:1px solid var(--ru)}
.list{list-style:none}
.list>li{margin-bottom:2px}.list{font-size:13px;line-height:1.4}
.points,.mpts{list-style:disc;padding-left:18px}.points{margin-top:6px;padding-top:4px;border-top:1px solid var(--ru)}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;margin-top:8px;padding-top:8px;border-top:1px solid var(--ru)}
.btn{min-height:32px;padding:5px 10px;border:1px solid var(--bd);border-radius:6px;background:var(--bb);font-size:13px;font-weight:600;cursor:pointer}
.primary{background:var(--pb);color:var(--pf);border-color:var(--pb)}.link{border:0;background:none;color:var(--ln);font-size:12px;text-decoration:underline;text-underline-offset:2px;cursor:pointer;padding:2px}
.status .btn{margin-left:6px}.notabout{float:right;margin-left:8px;padding:0 2px}
.status:not(:empty){margin-top:8px}.meta{margin-top:4px}.keys{margin-top:8px}kbd{white-space:nowrap;font-family:ui-monospace,monospace;font-size:11px;padding:0 3px;border:1px solid var(--bd);border-radius:3px}
.loading{padding:8px 0;color:var(--mu)}
.srcs,.srcs>li{display:inline;list-style:none}.srcs>li+li::before{content:", "}
.gloss{font-size:12px;color:var(--mu)}.gloss dt,.gloss dd{display:inline}.gloss dt{font-weight:700}.gloss dt::after{content:": "}
@media (max-height:560px){.top{padding-top:6px}.title{font-size:14px}.verdict{font-size:13px}.section{margin-top:4px;padding-top:4px}}
@media (forced-colors:active){.card{border:2px solid}}
`;
