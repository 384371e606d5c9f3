import GaitModel

/// One row per presentation, one cell per ISO week: the week's level as colour, as the cell's
/// height (none ▁ low ▃ moderate ▅ high █) and as a letter, so it reads without colour too.
enum LevelStripChart {
    static let id = "level-strip"
    static let rowLabelHeight = 18.0
    static let cellHeight = 30.0
    /// Room under each row's baseline for the level letters.
    static let letterHeight = 16.0
    static let rowGap = 6.0

    static func figure(_ a: Assessment) -> ChartFigure {
        let title = "Level by week, per presentation"
        return ChartFigure(id: id, title: title, description: description(a), svg: svg(a, title: title), table: table(a))
    }

    static func letter(_ level: Level) -> String {
        switch level {
        case .none: "n"
        case .low: "L"
        case .moderate: "M"
        case .high: "H"
        }
    }

    static func fill(_ level: Level) -> String {
        switch level {
        case .none: "#e8e8e8"
        case .low: ReportStyle.Palette.skyBlue
        case .moderate: ReportStyle.Palette.orange
        case .high: ReportStyle.Palette.vermillion
        }
    }

    /// Share of the cell's height: the level's rank, so the strip reads in grey-scale print.
    static func heightShare(_ level: Level) -> Double {
        switch level {
        case .none: 0.12
        case .low: 0.4
        case .moderate: 0.7
        case .high: 1
        }
    }

    static func svg(_ a: Assessment, title: String) -> String {
        let legend = ChartLegend(items: Level.allCases.map { (.bar(fill: fill($0)), "\(letter($0)) = \($0.rawValue)") })
        let legendTop = 4.0
        let top = legendTop + Double(legend.rows(width: ChartLayout.width, left: ChartLayout.left)) * ChartLegend.rowHeight + 8
        let rowHeight = rowLabelHeight + cellHeight + letterHeight + rowGap
        let height = top + Double(Presentation.allCases.count) * rowHeight + 22
        var c = SVGCanvas(width: ChartLayout.width, height: height)
        legend.draw(&c, top: legendTop, left: ChartLayout.left)
        let panel = ChartPanel(left: ChartLayout.left, top: top, width: ChartLayout.plotWidth,
                               height: height - top - 22, slots: a.weeks.count, scale: NiceScale(maximum: 1))
        guard !a.weeks.isEmpty else {
            panel.drawNoData(&c, "No weeks with data")
            return c.document(id: id, title: title, description: description(a))
        }
        let showLetters = panel.slotWidth >= 12
        for (row, p) in Presentation.allCases.enumerated() {
            let rowTop = top + Double(row) * rowHeight
            c.text(p.title, x: ChartLayout.left, y: rowTop + 13, bold: true)
            let cellBottom = rowTop + rowLabelHeight + cellHeight
            c.line(panel.left, cellBottom, panel.left + panel.width, cellBottom, stroke: "#666")
            for (i, w) in a.weeks.enumerated() {
                let s = w.score(p)
                let level = s?.level ?? .none
                let h = cellHeight * heightShare(level)
                let x0 = panel.x(Double(i)) + 1
                let rules = (s?.rules ?? []).joined(separator: ", ")
                c.rect(x: x0, y: cellBottom - h, width: panel.slotWidth - 2, height: h, fill: fill(level),
                       stroke: "#666",
                       tooltip: "\(w.week) \(p.title): \(level.rawValue), \(ChartLayout.count(s?.points ?? 0, "point"))"
                           + (rules.isEmpty ? "" : " (\(rules))"))
                if showLetters {
                    c.text(letter(level), x: x0 + (panel.slotWidth - 2) / 2, y: cellBottom + 13, anchor: .middle,
                           bold: level >= .moderate)
                }
            }
        }
        panel.drawXLabels(&c, ChartLayout.weekLabels(a.weeks))
        return c.document(id: id, title: title, description: description(a))
    }

    static func description(_ a: Assessment) -> String {
        guard !a.weeks.isEmpty else { return "No weeks with data." }
        let parts = Presentation.allCases.map { p -> String in
            let levels = a.weeks.map { $0.score(p)?.level ?? .none }
            let peak = levels.max() ?? .none
            let peakWeeks = a.weeks.filter { ($0.score(p)?.level ?? .none) == peak }.map(\.week)
            let moderatePlus = levels.filter { $0 >= .moderate }.count
            return "\(p.title): highest \(peak.rawValue)"
                + (peak == .none ? "" : " (first in \(peakWeeks.first ?? ""))")
                + ", \(ChartLayout.count(moderatePlus, "week")) at moderate or high, latest \(levels.last?.rawValue ?? "none")"
        }
        return "Each cell is one ISO week from \(a.weeks.first?.week ?? "") to \(a.weeks.last?.week ?? ""); taller and "
            + "darker means a higher pattern-consistency level, and the letter names it. " + parts.joined(separator: "; ") + "."
    }

    static func table(_ a: Assessment) -> DataTable {
        DataTable(caption: "Level, points and counted rules per week",
                  columns: ["Week"] + Presentation.allCases.map(\.title),
                  rows: a.weeks.map { w in
                      [w.week] + Presentation.allCases.map { p in
                          guard let s = w.score(p) else { return "none" }
                          return "\(s.level.rawValue) (\(s.points))" + (s.rules.isEmpty ? "" : ": \(s.rules.joined(separator: ", "))")
                              + (s.capped ? "; capped at low (another site reported)" : "")
                      }
                  })
    }
}
