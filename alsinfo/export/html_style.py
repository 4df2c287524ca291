"""The exported page's style sheet: light and dark palettes (WCAG AA contrast for text, links,
focus rings and the borders that carry meaning), a phone-first layout, and a print layout."""

STYLE = """
:root { color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f23; --muted: #4d5862; --accent: #1b5a85; --line: #8a96a3; --soft: #eef3f7;
  --warn: #a4231b; --focus: #1b5a85; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15181c; --fg: #e7eaee; --muted: #b6bfc8; --accent: #8fc7ff; --line: #74808c; --soft: #222830;
    --warn: #ff9a8f; --focus: #8fc7ff; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: break-word; }
.page-header, nav.toc, main, .page-footer { max-width: 44rem; margin: 0 auto; padding: 0 1.25rem; }
.page-header { padding-top: 1rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: .5rem 0; } h2 { font-size: 1.45rem; margin-top: 2.2rem; }
h3 { font-size: 1.2rem; } h4, h5, h6 { font-size: 1.05rem; }
a { color: var(--accent); text-underline-offset: .15em; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; inset-inline-start: 1rem; top: 0; padding: .5rem 1rem; background: var(--bg);
  color: var(--accent); transform: translateY(-120%); }
.skip-link:focus { transform: none; z-index: 10; }
.byline { color: var(--muted); margin: .75rem 0; }
.byline p { margin: .15rem 0; }
time { white-space: nowrap; }
.review-notice { border-inline-start: 4px solid var(--warn); padding: .25rem .75rem; margin: .75rem 0; }
.lead-in, figcaption, .source, .credit { color: var(--muted); }
.disclaimer { font-size: .95rem; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem;
  margin: 2rem 0 1rem; }
nav.toc { margin-top: 1rem; margin-bottom: 1rem; }
nav.toc h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
nav.toc ol { margin: 0; padding-inline-start: 1.25rem; }
nav.toc li { margin: .2rem 0; }
main { padding-bottom: 3rem; }
blockquote { margin: 0; padding-block: .25rem; padding-inline: 1rem 0; border-inline-start: 4px solid var(--accent);
  font-style: italic; }
figure { margin: 1.5rem 0; }
dt { font-weight: 600; } dd { margin-block: 0 .75rem; margin-inline: 1.25rem 0; }
.case-study, .cta { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 1.5rem 0; }
.callout { border: 1px solid var(--line); border-inline-start: 6px solid var(--accent); border-radius: .5rem;
  padding: .5rem 1rem; margin: 1.5rem 0; }
.callout-warning, .callout-seek-help { border-inline-start-color: var(--warn); }
.callout-title { margin: .25rem 0; }
.image img { max-width: 100%; height: auto; }
sup.cite { line-height: 0; }
.table-figure { margin: 1.5rem 0; }
.table-figure > figcaption { color: var(--fg); font-weight: 600; margin-bottom: .5rem; }
.scroll-hint { display: none; font-size: .9rem; color: var(--muted); margin: 0 0 .5rem; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: .25rem;
  background: linear-gradient(to right, var(--bg) 30%, transparent),
    linear-gradient(to left, var(--bg) 30%, transparent) 100% 0,
    radial-gradient(farthest-side at 0 50%, rgba(127,127,127,.5), transparent),
    radial-gradient(farthest-side at 100% 50%, rgba(127,127,127,.5), transparent) 100% 0;
  background-repeat: no-repeat; background-size: 2.5rem 100%, 2.5rem 100%, .9rem 100%, .9rem 100%;
  background-attachment: local, local, scroll, scroll; }
table { border-collapse: separate; border-spacing: 0; width: 100%; min-width: 32rem; }
th, td { border-inline-end: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: .5rem .6rem;
  text-align: start; vertical-align: top; }
thead th { background: var(--soft); }
tbody th[scope="row"], thead th:first-child { position: sticky; inset-inline-start: 0; background: var(--soft);
  z-index: 1;
  min-width: 7rem; max-width: 11rem; }
@media (max-width: 40rem) {
  body { font-size: 1rem; } h1 { font-size: 1.55rem; } h2 { font-size: 1.25rem; } h3 { font-size: 1.1rem; }
  .scroll-hint { display: block; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important;
  animation: none !important; } }
.page-footer { border-top: 1px solid var(--line); padding-top: 1rem; padding-bottom: 2rem; color: var(--muted);
  font-size: .95rem; }
.print-only { display: none; }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --accent: #000; --line: #777; --soft: #eee; }
  .skip-link, nav.toc, .cta, .scroll-hint { display: none; }
  .print-only { display: block; }
  .page-header, main, .page-footer { max-width: none; padding: 0; } body { font-size: 11pt; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; word-break: break-all; }
  .table-wrap { overflow: visible; border: 0; background: none; } table { min-width: 0; table-layout: fixed; }
  th, td, h1, h2, h3, p, li, dd, figcaption { overflow-wrap: anywhere; }
  thead { display: table-header-group; } tbody th[scope="row"], thead th:first-child { position: static; }
  h2, h3, h4, .table-figure > figcaption, dt { break-after: avoid; }
  figure, blockquote, .case-study, .callout, tr, dl > div, thead { break-inside: avoid; }
}
""".strip()
