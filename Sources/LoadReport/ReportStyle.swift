import GaitModel

/// Inline CSS shared by the athlete report and the clinic index: no network, readable on a phone
/// (one column, charts scaled to the width, tables scroll), printable on A4 (page
/// margins, charts and articles kept whole, each big part on a new page), and colour-blind safe —
/// the Okabe–Ito palette, with every level also written as text so colour is never the only cue.
enum ReportStyle {
    /// Okabe & Ito 2008, "Color Universal Design".
    enum Palette {
        static let black = "#1a1a1a"
        static let orange = "#E69F00"
        static let skyBlue = "#56B4E9"
        static let bluishGreen = "#009E73"
        static let yellow = "#F0E442"
        static let blue = "#0072B2"
        static let vermillion = "#D55E00"
        static let reddishPurple = "#CC79A7"
    }

    static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
      background: #fff; max-width: 62rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
    h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid \(Palette.blue); }
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
    .level-none { background: #f2f2f2; } .level-low { background: \(Palette.skyBlue); }
    .level-moderate { background: \(Palette.orange); } .level-high { background: \(Palette.vermillion); color: #fff; }
    .presentations { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
    article.presentation { border: 1px solid #ccc; border-top: 6px solid \(Palette.blue); border-radius: .25rem;
      padding: .5rem .75rem; }
    article.presentation.at-moderate, article.presentation.at-high { border-top-color: \(Palette.vermillion); }
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
    .site-summary { font-weight: 600; border-left: 6px solid \(Palette.blue); padding: .25rem .75rem; background: #f4f8fb; }
    article.presentation .cap { font-weight: 600; }
    details.numbers summary { cursor: pointer; color: \(Palette.blue); }
    .disclaimer { font-weight: 600; border-top: 2px solid \(Palette.blue); padding-top: .5rem; margin-top: 2rem; }
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
    """

    /// CSS class of a level badge or strip cell.
    static func levelClass(_ level: Level) -> String { "level level-\(level.rawValue)" }
}
