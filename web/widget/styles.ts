/** The widget's styles, inside its shadow root: the host page cannot break them, nor they the page. */
export const STYLES = `
:host { all: initial; }
[hidden] { display: none !important; }
* { box-sizing: border-box; font-family: "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, system-ui, sans-serif; }
.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; min-height: 48px; padding: 0 20px;
  border: 2px solid #fff; border-radius: 24px; background: #1d4f91; color: #fff; font-size: 16px; font-weight: bold; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.launcher:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, a:focus-visible, label:focus-within {
  outline: 3px solid #ffbf47; outline-offset: 2px; }
.panel { position: fixed; right: 16px; bottom: 76px; z-index: 2147483000; width: min(400px, calc(100vw - 32px));
  height: min(640px, calc(100vh - 96px)); display: flex; flex-direction: column; background: #fff; color: #1a1a1a;
  border: 1px solid #767676; border-radius: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.3); font-size: var(--size, 16px); }
.panel[hidden] { display: none; }
header { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 8px 10px; background: #1d4f91; color: #fff; border-radius: 12px 12px 0 0; }
header h2 { flex: 1 1 100%; margin: 0; font-size: 1.05em; }
header select, header button, header label { min-height: 36px; font-size: .85em; border-radius: 6px; }
header button, header label { border: 1px solid #fff; background: transparent; color: #fff; padding: 0 8px; cursor: pointer; display: inline-flex; align-items: center; gap: 4px; }
header button[aria-pressed="true"] { background: #fff; color: #1d4f91; }
header .close { margin-left: auto; }
.log { flex: 1; overflow-y: auto; padding: 10px; display: flex; flex-direction: column; gap: 8px; }
.msg { max-width: 88%; padding: 8px 12px; border-radius: 12px; line-height: 1.9; white-space: pre-wrap; word-break: break-word; }
.bot { align-self: flex-start; background: #eef2f8; }
.user { align-self: flex-end; background: #1d4f91; color: #fff; }
ruby rt { font-size: .6em; }
.no-furigana rt { display: none; }
.card { align-self: stretch; border: 1px solid #767676; border-radius: 10px; padding: 8px 12px; background: #fff; }
.card h3 { margin: 0 0 4px; font-size: 1em; }
.card p { margin: 2px 0; white-space: pre-wrap; }
.card a { display: inline-block; margin: 4px 8px 0 0; padding: 6px 10px; min-height: 36px; border-radius: 6px; background: #1d4f91; color: #fff; text-decoration: none; }
.card a.web { background: #fff; color: #1d4f91; border: 1px solid #1d4f91; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 10px 8px; }
.actions button { min-height: 40px; padding: 4px 12px; border: 2px solid #1d4f91; border-radius: 20px; background: #fff; color: #1d4f91; font-size: .95em; cursor: pointer; }
form { display: flex; gap: 6px; padding: 8px 10px; border-top: 1px solid #ccc; }
form input { flex: 1; min-height: 44px; padding: 0 10px; font-size: 1em; border: 1px solid #767676; border-radius: 8px; }
form button { min-height: 44px; padding: 0 14px; border: 0; border-radius: 8px; background: #1d4f91; color: #fff; font-size: 1em; cursor: pointer; }
.status { padding: 0 10px; font-size: .8em; color: #595959; min-height: 1em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* The class is on the shadow host: only :host() reaches it from inside. */
:host(.contrast) .panel, :host(.contrast) .card, :host(.contrast) .bot, :host(.contrast) header { background: #000; color: #fff; border-color: #fff; }
:host(.contrast) .user, :host(.contrast) .card a, :host(.contrast) form button { background: #ffff00; color: #000; }
:host(.contrast) .actions button, :host(.contrast) form input { background: #000; color: #ffff00; border-color: #ffff00; }
:host(.contrast) .status { color: #fff; }
.log:focus-visible { outline: 3px solid #ffbf47; outline-offset: -3px; }
@media (max-width: 480px) { .panel { right: 0; bottom: 0; width: 100vw; height: 100vh; border-radius: 0; } }
`;
