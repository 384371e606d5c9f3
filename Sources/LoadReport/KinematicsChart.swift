import GaitModel
import InjuryScoring

/// Lab/video kinematics per side: for each K rule that fired on a side comparison (band `left` or
/// `right`), the flagged side's angle next to the other side's, as paired horizontal bars.
enum KinematicsChart {
    static let id = "kinematics-sides"
    static let rowHeight = 46.0

    /// The latest side-comparison firing of each K rule.
    static func firings(_ a: Assessment) -> [FiredRule] {
        var latest: [String: FiredRule] = [:]
        for r in a.firedRules where r.id.hasPrefix("K") && (r.band == "left" || r.band == "right") {
            if let old = latest[r.id], old.date > r.date { continue }
            latest[r.id] = r
        }
        return latest.keys.sorted().compactMap { latest[$0] }
    }

    /// (left, right) angles of a side-comparison firing: `value` is the flagged side's, `baseline` the other's.
    static func sides(_ r: FiredRule) -> (left: Double, right: Double) {
        r.band == "left" ? (r.value, r.baseline) : (r.baseline, r.value)
    }

    static func figure(_ a: Assessment) -> ChartFigure? {
        let rules = firings(a)
        guard !rules.isEmpty else { return nil }
        let title = "Kinematics per side (degrees)"
        let description = "Pairs of bars compare the left and the right side for each K rule that fired on a side "
            + "difference of at least the threshold (heuristic ≥ 3°): "
            + rules.map { r in
                let s = sides(r)
                return "\(r.id) on \(r.date): left \(FixedDecimal.string(s.left, 1))°, right \(FixedDecimal.string(s.right, 1))°"
            }.joined(separator: "; ") + ". One session alone never flags (Damsted 2015: 9–14° between days)."
        return ChartFigure(id: id, title: title, description: description, svg: svg(rules, title: title, description: description),
                           table: DataTable(caption: "Angles per side", columns: ["Rule", "Date", "Session", "Left (°)",
                                                                                  "Right (°)", "Flagged side"],
                                            numeric: [3, 4],
                                            rows: rules.map { r in
                                                let s = sides(r)
                                                return [r.id, r.date, r.runID, FixedDecimal.string(s.left, 1),
                                                        FixedDecimal.string(s.right, 1), r.band]
                                            }))
    }

    static func svg(_ rules: [FiredRule], title: String, description: String) -> String {
        let legend = ChartLegend(items: [
            (.bar(fill: ReportStyle.Palette.blue), "left"),
            (.bar(fill: ReportStyle.Palette.orange), "right"),
            (.triangle(fill: ReportStyle.Palette.vermillion), "flagged side"),
        ])
        let top = 4 + Double(legend.rows(width: ChartLayout.width, left: ChartLayout.left)) * ChartLegend.rowHeight + 12
        var c = SVGCanvas(width: ChartLayout.width, height: top + Double(rules.count) * rowHeight + 24)
        legend.draw(&c, top: 4, left: ChartLayout.left)
        let maximum = rules.map { max(sides($0).left, sides($0).right) }.max() ?? 1
        let scale = NiceScale(maximum: maximum * 1.1)
        let plotLeft = ChartLayout.left, plotWidth = ChartLayout.plotWidth - 40
        func x(_ v: Double) -> Double { plotLeft + (v - scale.lower) / (scale.upper - scale.lower) * plotWidth }
        for (i, r) in rules.enumerated() {
            let rowTop = top + Double(i) * rowHeight
            // The rule's title when it fits the chart's width (the K-rule table under the chart has it
            // in full); a label past the edge would be cut.
            let titled = "\(r.id) \(RuleCatalog.info(r.id).title), \(r.date)"
            let fits = SVGCanvas.textWidth(titled) <= ChartLayout.width - plotLeft - ChartLayout.right
            c.text(fits ? titled : "\(r.id), \(r.date)", x: plotLeft, y: rowTop + 11, bold: true)
            let s = sides(r)
            for (j, side) in [("left", s.left, ReportStyle.Palette.blue), ("right", s.right, ReportStyle.Palette.orange)].enumerated() {
                let y = rowTop + 15 + Double(j) * 13
                c.rect(x: plotLeft, y: y, width: x(side.1) - plotLeft, height: 11, fill: side.2,
                       tooltip: "\(r.id) \(side.0): \(FixedDecimal.string(side.1, 1))°")
                c.text("\(FixedDecimal.string(side.1, 1))°", x: x(side.1) + 4 + (side.0 == r.band ? 14 : 0), y: y + 10)
                if side.0 == r.band {
                    let tx = x(side.1) + 9
                    c.polygon([(tx - 5, y), (tx + 5, y), (tx, y + 9)], fill: ReportStyle.Palette.vermillion, stroke: "#1a1a1a")
                }
            }
        }
        let axisY = top + Double(rules.count) * rowHeight + 2
        c.line(plotLeft, axisY, plotLeft + plotWidth, axisY, stroke: "#666")
        for tick in scale.ticks {
            c.text(scale.label(tick) + "°", x: x(tick), y: axisY + 14, anchor: .middle, fill: "#444")
        }
        return c.document(id: id, title: title, description: description)
    }
}
