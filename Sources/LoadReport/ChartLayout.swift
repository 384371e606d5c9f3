import GaitModel

/// Shared geometry and axis labels of the report's charts (all `width` units wide; the SVG scales).
enum ChartLayout {
    /// A 390 px phone leaves 374 px for a chart (8 px body padding each side), so a 380-unit chart
    /// draws the 12-unit labels at 11.8 px, above the 11 px floor, without sideways scrolling; on A4
    /// two charts fit side by side at the same proportions.
    static let width = 380.0
    static let left = 56.0
    static let right = 16.0
    static let panelHeight = 130.0
    /// Room between stacked panels: the x labels of the one above and the unit of the one below.
    static let panelGap = 44.0
    static var plotWidth: Double { width - left - right }

    /// "W10" labels centred on each week's slot (the year is in the caption and the table).
    static func weekLabels(_ weeks: [WeekAssessment]) -> [(position: Double, text: String)] {
        weeks.enumerated().map { i, w in (Double(i) + 0.5, "W" + (w.week.split(separator: "W").last.map(String.init) ?? w.week)) }
    }

    /// Table cell text of an optional number: the value with `places` decimals, or an em dash.
    static func cell(_ v: Double?, _ places: Int) -> String {
        guard let v, v.isFinite else { return "—" }
        return FixedDecimal.string(v, places)
    }

    /// `n` with the noun in singular or plural.
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
