namespace Hallbar.Reports.Html;

/// <summary>
/// The report's stylesheet, inlined so the HTML file stands alone. Colours meet WCAG AA contrast;
/// grades are written out, so their colour only repeats what the text says. Print rules give A4 pages
/// for paper and for the PDF.
/// </summary>
public static class ReportStyles
{
    public const string Css = """

:root { --ink: #1b1f23; --muted: #4a5560; --line: #c9d1d9; --accent: #0b5d3b; --band: #f3f6f4; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 1rem/1.55 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
.report { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
.title-page { border-bottom: 4px solid var(--accent); margin-bottom: 2rem; padding: 3rem 0 1.5rem; }
.title-page .organization { margin: 0; font-size: 1.25rem; color: var(--muted); }
h1 { font-size: 2.4rem; line-height: 1.15; margin: .25rem 0 0; color: var(--accent); }
h2 { font-size: 1.7rem; line-height: 1.2; margin: 2.5rem 0 .75rem; color: var(--accent); }
h3 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
h4, h5, h6 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p, li, dd { max-width: 46rem; }
a { color: #0a4a8a; }
a:focus-visible { outline: 3px solid #0a4a8a; outline-offset: 2px; }
.contents ol { padding-left: 1.4rem; }
.contents > ol > li { margin: .2rem 0; }
.generated strong { color: var(--accent); }
dl.scale { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
dl.scale dt { font-weight: bold; }
dl.scale dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 1rem 0 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: bold; padding: .4rem 0; caption-side: top; }
th, td { border-bottom: 1px solid var(--line); padding: .45rem .6rem; vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); background: var(--band); }
.num { text-align: right; white-space: nowrap; }
td.num { font-variant-numeric: tabular-nums; }
tbody th { font-weight: normal; }
tr.summary th, tr.summary td { font-weight: bold; border-top: 2px solid var(--ink); }
.grade { white-space: nowrap; }
.grade::before { content: ""; display: inline-block; width: .7em; height: .7em; margin-right: .4em; border-radius: 50%; border: 1px solid var(--ink); vertical-align: baseline; }
.grade-positive::before { background: #2e7d32; }
.grade-unchanged::before { background: #f2c94c; }
.grade-negative::before { background: #c62828; }
.grade-none::before { background: #fff; }
sup.mark { font-size: .75em; margin-left: .1em; }
.table-notes { list-style: none; padding: 0; margin: .4rem 0 0; font-size: .875rem; color: var(--muted); }
.table-notes .mark { display: inline-block; min-width: 1.6em; }
figure.chart { margin: 1.5rem 0; }
figcaption { font-weight: bold; margin-bottom: .5rem; }
.chart-image svg { max-width: 100%; height: auto; }
figure.photo { margin: 1.5rem 0; max-width: 46rem; }
figure.photo img { display: block; width: 100%; height: auto; }
figure.photo figcaption { font-weight: normal; font-size: .875rem; color: var(--muted); margin: .4rem 0 0; }
.chart-description { font-size: .9rem; color: var(--muted); }
.footnotes { font-size: .875rem; color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.colophon { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .875rem; }
@media print {
  /* Page size and margins are the printer's (the PDF printer sets them, with running header and page numbers). */
  body { font-size: 10.5pt; }
  .report { max-width: none; padding: 0; }
  .title-page { min-height: 60vh; display: flex; flex-direction: column; justify-content: flex-end; break-after: page; }
  .contents { break-after: page; }
  .contents a { text-decoration: none; color: inherit; }
  main > section { break-before: page; }
  h2, h3, h4, caption, figcaption { break-after: avoid; }
  tr, figure, dl.scale { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  /* A tall photo keeps its proportions and leaves room on its page for the caption. */
  figure.photo img { width: auto; max-width: 100%; max-height: 18cm; }
  a { color: inherit; }
}

""";
}
