/**
 * Styles of the UI inside the shadow root. `:host` is reset with `!important` because page rules
 * reach the host element itself (a hostile `* { all: unset }` would otherwise unset it); nothing
 * else on the page can reach inside.
 */
export const SHADOW_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; display: block !important; pointer-events: none !important; contain: none !important; }
* { box-sizing: border-box; }
.cb { --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --error: #c62828; --warning: #b26a00; --suggestion: #1565c0; --ok: #2e7d32; --accent: #00796b;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
@media (prefers-color-scheme: dark) { .cb { --fg: #e6edf3; --bg: #1c2128; --muted: #9198a1; --line: #3d444d; --error: #ff7b72; --warning: #e3b341; --suggestion: #79c0ff; --ok: #56d364; --accent: #4db6ac; } }
.layer { position: fixed; overflow: hidden; pointer-events: none; }
.ul { position: absolute; height: 0; border-bottom: 2px solid var(--suggestion); pointer-events: none; }
.ul.error { border-bottom-color: var(--error); }
.ul.warning { border-bottom-color: var(--warning); }
.ul.suggestion { border-bottom-style: dotted; border-bottom-color: var(--suggestion); }
.ul.active { border-bottom-width: 3px; }
.mirror { position: fixed; left: -99999px; top: 0; visibility: hidden; overflow: hidden; border: 0 solid transparent; margin: 0; }
button { font: inherit; color: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); padding: 3px 8px; }
button:hover { border-color: var(--accent); }
button:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.badge { position: fixed; pointer-events: auto; display: flex; align-items: center; gap: 4px; padding: 2px 7px; border-radius: 11px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); font-weight: 600; font-size: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
.badge .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--ok); }
.badge.has-error .dot { background: var(--error); } .badge.has-warning .dot { background: var(--warning); }
.card, .panel { position: fixed; pointer-events: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.card { width: 340px; padding: 10px 12px; }
.panel { width: 380px; max-height: min(70vh, 560px); overflow: auto; padding: 10px 12px; }
.level { font-weight: 700; text-transform: capitalize; }
.level.error { color: var(--error); } .level.warning { color: var(--warning); } .level.suggestion { color: var(--suggestion); }
.why, .muted { color: var(--muted); font-size: 12px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.rewrite { border-color: var(--accent); }
.rewrite code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; white-space: pre-wrap; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 12px 0 4px; }
ul { list-style: none; margin: 0; padding: 0; } li { margin: 4px 0; }
.check.met .mark { color: var(--ok); } .check.missing .mark { color: var(--muted); }
.finding-item { border-left: 3px solid var(--line); padding-left: 8px; }
.finding-item.error { border-color: var(--error); } .finding-item.warning { border-color: var(--warning); } .finding-item.suggestion { border-color: var(--suggestion); }
.link { border: 0; background: none; padding: 0; color: var(--accent); text-decoration: underline; }
.score { font-size: 20px; font-weight: 700; }
`;

/** Painted by the page for contenteditable editors via the CSS Custom Highlight API (no DOM change). */
export const HIGHLIGHT_CSS = `
::highlight(clearbrief-error) { text-decoration: underline wavy #d93025; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(clearbrief-warning) { text-decoration: underline wavy #e37400; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(clearbrief-suggestion) { text-decoration: underline dotted #1a73e8; text-decoration-thickness: 2px; text-decoration-skip-ink: none; text-underline-offset: 3px; }
`;
