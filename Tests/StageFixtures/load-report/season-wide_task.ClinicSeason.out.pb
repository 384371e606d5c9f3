
ReportBundleˆA…A

index.htmlö@<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knee-load screening â€” all athletes</title>
<style>
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
  background: #fff; max-width: 62rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #0072B2; }
h3 { font-size: 1.05rem; margin: .25rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.level { display: inline-block; padding: 0 .5rem; border-radius: .25rem; font-weight: 600;
  border: 1px solid #666; }
.level-none { background: #f2f2f2; } .level-low { background: #56B4E9; }
.level-moderate { background: #E69F00; } .level-high { background: #D55E00; color: #fff; }
.presentations { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
article.presentation { border: 1px solid #ccc; border-top: 6px solid #0072B2; border-radius: .25rem;
  padding: .5rem .75rem; }
article.presentation.at-moderate, article.presentation.at-high { border-top-color: #D55E00; }
article.presentation ul { padding-left: 1.2rem; margin: .25rem 0; }
.advice { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .5rem; }
.advice h4 { margin: .5rem 0 0; font-size: .95rem; }
.note { color: #444; font-size: .9rem; }
figure.chart-figure { margin: 1.5rem 0; }
figcaption { margin-bottom: .5rem; }
.chart-box { overflow-x: auto; }
/* Charts side by side where two fit, one per row on a phone; each scales to its cell (viewBox). */
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 0 1.5rem; }
.figures figure.chart-figure { margin: 1rem 0; }
svg.chart { display: block; width: 100%; max-width: 36rem; height: auto; }
.site-summary { font-weight: 600; border-left: 6px solid #0072B2; padding: .25rem .75rem; background: #f4f8fb; }
article.presentation .cap { font-weight: 600; }
details.numbers summary { cursor: pointer; color: #0072B2; }
.disclaimer { font-weight: 600; border-top: 2px solid #0072B2; padding-top: .5rem; margin-top: 2rem; }
td.spark svg { display: block; } td.nowrap, th.nowrap { white-space: nowrap; }
table.firings tr.detail td { font-size: .8rem; color: #444; padding-top: 0; }
table.firings tbody tr:first-child > * { border-bottom: none; }
@media (max-width: 40rem) {
  body { padding: .5rem; } dl.facts { grid-template-columns: 1fr; } dl.facts dt { margin-top: .25rem; }
  table { font-size: .8rem; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; } .scroll, .chart-box { overflow: visible; }
  svg.chart { max-height: 120mm; max-width: 100%; }
  .figures { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
  figure, article, tr, tbody, dl.facts { break-inside: avoid; } h2, h3, caption { break-after: avoid; }
  thead { display: table-header-group; }
  details.numbers { display: none; }
  section.new-page { break-before: page; }
  .presentations { display: block; } article.presentation { margin-bottom: 4mm; }
  /* Reference tables in a smaller type, the parameters in three columns: the method and the
     parameters are looked up, not read, and should not take as many pages as the findings. */
  th, td { padding: .15rem .4rem; }
  #method table { font-size: 8pt; }
  #parameters table, #parameters tbody { display: block; font-size: 8pt; }
  #parameters thead { display: none; }
  #parameters tbody { columns: 3; column-gap: 6mm; }
  #parameters tr { display: flex; justify-content: space-between; gap: 2mm; break-inside: avoid; }
  #parameters th, #parameters td { padding: .05rem 0; border-bottom: 1px solid #eee; }
}
</style>
</head>
<body>
<header><h1>Knee-load screening â€” all athletes</h1>
<p>3 athletes, those not scored first, then the highest current level. Levels are
pattern-consistency levels (none, low, moderate, high) for the latest ISO week, not diagnoses; each
report gives the rules, their evidence and the advice.</p></header>
<main>
<section id="athletes">
<h2>Athletes</h2>
<div class="scroll"><table>
<caption>Current level per presentation and weekly distance (km)</caption>
<thead><tr><th scope="col">Athlete</th><th scope="col">As of</th><th scope="col">Patellofemoral pain</th><th scope="col">Iliotibial band syndrome</th><th scope="col">Patellar tendinopathy</th><th scope="col">Reported site, worst pain (28 days)</th><th scope="col">Weekly distance</th><th scope="col" class="num">Last week (km)</th></tr></thead>
<tbody>
<tr><th scope="row" class="nowrap"><a href="ana-ramp/report.html">ana-ramp</a></th><td class="nowrap">2026-07-05</td><td><span class="level level-low">low</span></td><td><span class="level level-high">high</span></td><td><span class="level level-low">low</span></td><td>lateral (right) 8/10</td><td class="spark"><svg viewBox="0 0 120.0 28.0" width="120.0" height="28.0" role="img" aria-label="Weekly running distance over 18 weeks, highest 58.4 km, last 45.2 km"><title>Weekly running distance over 18 weeks, highest 58.4 km, last 45.2 km</title><line x1="1" y1="27.0" x2="119.0" y2="27.0" stroke="#bbb"/><polyline fill="none" stroke="#0072B2" stroke-width="1.5" points="3.0,10.8 9.7,13.4 16.4,13.5 23.1,10.9 29.8,13.8 36.5,14.9 43.2,8.3 49.9,5.3 56.6,8.2 63.4,7.7 70.1,4.2 76.8,8.5 83.5,3.5 90.2,3.0 96.9,3.8 103.6,3.8 110.3,7.9 117.0,8.0"/><circle cx="117.0" cy="8.0" r="2.5" fill="#0072B2"/></svg></td><td class="num">45.2</td></tr>
<tr><th scope="row" class="nowrap"><a href="cleo-hills/report.html">cleo-hills</a></th><td class="nowrap">2026-07-05</td><td><span class="level level-none">none</span></td><td><span class="level level-none">none</span></td><td><span class="level level-moderate">moderate</span></td><td>inferior pole (both) 8/10</td><td class="spark"><svg viewBox="0 0 120.0 28.0" width="120.0" height="28.0" role="img" aria-label="Weekly running distance over 18 weeks, highest 47.7 km, last 32.2 km"><title>Weekly running distance over 18 weeks, highest 47.7 km, last 32.2 km</title><line x1="1" y1="27.0" x2="119.0" y2="27.0" stroke="#bbb"/><polyline fill="none" stroke="#0072B2" stroke-width="1.5" points="3.0,4.6 9.7,4.1 16.4,4.6 23.1,3.2 29.8,3.7 36.5,4.8 43.2,3.0 49.9,4.7 56.6,4.3 63.4,10.2 70.1,9.9 76.8,8.7 83.5,10.2 90.2,9.9 96.9,10.4 103.6,9.7 110.3,9.9 117.0,10.1"/><circle cx="117.0" cy="10.1" r="2.5" fill="#0072B2"/></svg></td><td class="num">32.2</td></tr>
<tr><th scope="row" class="nowrap"><a href="ben-steady/report.html">ben-steady</a></th><td class="nowrap">2026-07-05</td><td><span class="level level-none">none</span></td><td><span class="level level-none">none</span></td><td><span class="level level-none">none</span></td><td>no diary</td><td class="spark"><svg viewBox="0 0 120.0 28.0" width="120.0" height="28.0" role="img" aria-label="Weekly running distance over 18 weeks, highest 37.2 km, last 36.7 km"><title>Weekly running distance over 18 weeks, highest 37.2 km, last 36.7 km</title><line x1="1" y1="27.0" x2="119.0" y2="27.0" stroke="#bbb"/><polyline fill="none" stroke="#0072B2" stroke-width="1.5" points="3.0,5.9 9.7,5.3 16.4,5.5 23.1,3.0 29.8,3.9 36.5,5.2 43.2,4.5 49.9,4.6 56.6,3.4 63.4,4.8 70.1,3.6 76.8,4.5 83.5,3.5 90.2,4.2 96.9,5.8 103.6,4.5 110.3,3.9 117.0,3.3"/><circle cx="117.0" cy="3.3" r="2.5" fill="#0072B2"/></svg></td><td class="num">36.7</td></tr>
</tbody>
</table></div>
</section>
<section id="skipped">
<h2>Skipped inputs</h2>
<p>No input was skipped.</p>
</section>
</main>
<footer><p class="disclaimer">This is a screening summary, not a diagnosis â€” a clinical assessment decides.</p></footer>
</body>
</html>
