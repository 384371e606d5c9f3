import GaitModel

/// Inline CSS shared by the athlete report and the clinic index: no network, readable on a phone
/// (max-width, scrollable tables), printable, and colour-blind safe — the Okabe–Ito palette, with
/// every level also written as text so colour is never the only cue.
enum ReportStyle {
    /// Okabe & Ito 2008, "Color Universal Design".
    enum Palette {
        static let blue = "#0072B2"
        static let vermillion = "#D55E00"
        static let orange = "#E69F00"
        static let skyBlue = "#56B4E9"
        static let grey = "#999999"
    }

    static let css = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
      background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
    h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.2rem; margin-top: 2rem;
      border-bottom: 2px solid \(Palette.blue); } h3 { font-size: 1.05rem; margin-bottom: .25rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
    dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; font-size: .9rem; }
    th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .level { display: inline-block; padding: 0 .5rem; border-radius: .25rem; font-weight: 600;
      border: 1px solid #666; }
    .level-none { background: #f2f2f2; } .level-low { background: \(Palette.skyBlue); }
    .level-moderate { background: \(Palette.orange); } .level-high { background: \(Palette.vermillion); color: #fff; }
    table.strip td { min-width: 1.6rem; text-align: center; font-size: .75rem; padding: .1rem; }
    article.presentation { border-left: 4px solid \(Palette.blue); padding-left: .75rem; margin: 1rem 0; }
    figure { margin: 1rem 0; } svg { max-width: 100%; height: auto; }
    .disclaimer { font-weight: 600; border-top: 2px solid \(Palette.blue); padding-top: .5rem; margin-top: 2rem; }
    @media print {
      body { max-width: none; padding: 0; } .scroll { overflow: visible; }
      a { color: inherit; text-decoration: none; } section, article, figure { break-inside: avoid-page; }
      details > * { display: block; }
    }
    """

    /// CSS class of a level badge or strip cell.
    static func levelClass(_ level: Level) -> String { "level level-\(level.rawValue)" }
}
