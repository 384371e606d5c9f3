import GaitModel

/// Foster monotony and strain per ISO week (DOMAIN.md L4), each in its own panel with its own scale.
enum MonotonyStrainChart {
    static let id = "monotony-strain"

    static func figure(_ a: Assessment) -> ChartFigure {
        let title = "Training monotony and strain per week"
        return ChartFigure(id: id, title: title, description: description(a), svg: svg(a, title: title), table: table(a))
    }

    static func svg(_ a: Assessment, title: String) -> String {
        let pattern = "\(id)-nodata"
        let note = ScoringParameter.number(a, "l4_monotony_note", default: 1.5)
        let flag = ScoringParameter.number(a, "l4_monotony_flag", default: 2.0)
        let legend = ChartLegend(items: [
            (.bar(fill: ReportStyle.Palette.blue), "monotony"),
            (.bar(fill: ReportStyle.Palette.orange), "strain"),
            (.line(stroke: "#444", dash: "3 3"), "note \(FixedDecimal.string(note, 1)) (Runalyze)"),
            (.line(stroke: "#444", dash: "6 3"), "flag \(FixedDecimal.string(flag, 1)) (Runalyze)"),
            (.hatch(patternID: pattern), "not computable"),
        ])
        let legendTop = 4.0
        let top = legendTop + Double(legend.rows(width: ChartLayout.width, left: ChartLayout.left)) * ChartLegend.rowHeight + 30
        let monotony = a.weeks.map(\.monotony)
        let strain = a.weeks.map(\.strain)
        let mPanel = ChartPanel(left: ChartLayout.left, top: top, width: ChartLayout.plotWidth,
                                height: ChartLayout.panelHeight * 0.8, slots: a.weeks.count,
                                scale: NiceScale(maximum: max(2.2, (monotony.compactMap { $0 }.max() ?? 0) * 1.05)))
        let sPanel = ChartPanel(left: ChartLayout.left, top: mPanel.bottom + ChartLayout.panelGap,
                                width: ChartLayout.plotWidth, height: ChartLayout.panelHeight * 0.8, slots: a.weeks.count,
                                scale: NiceScale(maximum: (strain.compactMap { $0 }.max() ?? 0) * 1.05))
        var c = SVGCanvas(width: ChartLayout.width, height: sPanel.bottom + 26)
        c.raw(NoDataPattern.definition(id: pattern))
        legend.draw(&c, top: legendTop, left: ChartLayout.left)
        let unit = DailyLoadChart.unitName(a)
        if monotony.allSatisfy({ $0 == nil }) {
            mPanel.drawNoData(&c, "Monotony not computed yet")
        } else {
            mPanel.drawFrame(&c, unit: "monotony (mean ÷ SD of daily load)")
            mPanel.drawBars(&c, monotony, fill: ReportStyle.Palette.blue, noDataPattern: pattern) { i in
                "\(a.weeks[i].week): monotony \(ChartLayout.cell(monotony[i], 2))"
            }
            mPanel.drawReference(&c, value: note, dash: "3 3")
            mPanel.drawReference(&c, value: flag)
        }
        mPanel.drawXLabels(&c, ChartLayout.weekLabels(a.weeks))
        if strain.allSatisfy({ $0 == nil }) {
            sPanel.drawNoData(&c, "Strain not computed yet")
        } else {
            sPanel.drawFrame(&c, unit: "strain (weekly load × monotony, \(unit))")
            sPanel.drawBars(&c, strain, fill: ReportStyle.Palette.orange, noDataPattern: pattern) { i in
                "\(a.weeks[i].week): strain \(ChartLayout.cell(strain[i], 0))"
            }
        }
        sPanel.drawXLabels(&c, ChartLayout.weekLabels(a.weeks))
        return c.document(id: id, title: title, description: description(a))
    }

    static func description(_ a: Assessment) -> String {
        let computed = a.weeks.filter { $0.monotony != nil }
        guard !computed.isEmpty else {
            return "Monotony and strain have not been computed for any week yet (they need every day of the week "
                + "tracked). Monotony is the mean ÷ SD of daily load over 7 days; strain is weekly load × monotony "
                + "(Foster 1998)."
        }
        let flagged = computed.filter { ($0.monotony ?? 0) > 2.0 }.map(\.week)
        let noted = computed.filter { ($0.monotony ?? 0) > 1.5 && ($0.monotony ?? 0) <= 2.0 }.map(\.week)
        return "Upper panel: monotony, the mean ÷ SD of the daily load over each week (recorded rest days count as 0); "
            + "lower panel: strain, the weekly load × monotony (Foster 1998; n = 25, outcome illness). "
            + "The 1.5 (note) and 2.0 (flag) lines are Runalyze's convention, not study cut-offs. "
            + "\(ChartLayout.count(computed.count, "week")) could be computed; weeks with an untracked day are hatched. "
            + (flagged.isEmpty ? "No week was above 2.0. " : "Above 2.0: \(flagged.joined(separator: ", ")). ")
            + (noted.isEmpty ? "" : "Between 1.5 and 2.0: \(noted.joined(separator: ", ")).")
    }

    static func table(_ a: Assessment) -> DataTable {
        DataTable(caption: "Weekly load, monotony and strain (\(DailyLoadChart.unitName(a)))",
                  columns: ["Week", "Untracked days", "Load", "Monotony", "Strain"], numeric: [1, 2, 3, 4],
                  rows: a.weeks.map { w in
                      [w.week, String(w.untrackedDays), ChartLayout.cell(w.load, 1), ChartLayout.cell(w.monotony, 2),
                       ChartLayout.cell(w.strain, 0)]
                  })
    }
}
