import GaitModel

/// Daily load with its acute (7-day) and chronic (28-day) EWMA, and under it the acute:chronic
/// ratio as a descriptive trend (DOMAIN.md L3: its thresholds do not survive scrutiny, so there is
/// no risk zone, no red, and it adds no points).
enum DailyLoadChart {
    static let id = "daily-load"

    static let caveat = "The acute:chronic workload ratio is descriptive only: its cut-offs (0.8–1.3, ≥ 1.5; "
        + "Gabbett 2016) have not held up (Impellizzeri 2020 and 2021; Lolli 2019), and Frandsen 2025 found no "
        + "positive association with running injury. It adds no points to any level."

    /// The load unit as axis labels say it (DOMAIN.md "Load units").
    static func unitName(_ a: Assessment) -> String {
        switch a.loadUnit {
        case "srpe": "session RPE × min"
        case "trimp": "TRIMP"
        default: "km"
        }
    }

    /// Why the unit, as the description says it.
    static func unitReason(_ a: Assessment) -> String {
        switch a.loadUnit {
        case "srpe": "session RPE × minutes (Foster 2001), since at least 80 % of sessions have an RPE"
        case "trimp": "Banister TRIMP, since at least 80 % of runs have heart rate"
        default: "running distance, since fewer than 80 % of sessions have an RPE and of runs heart rate: running load only"
        }
    }

    static func figure(_ a: Assessment) -> ChartFigure {
        let title = "Daily load (\(unitName(a))) with acute and chronic averages, and the acute:chronic ratio (descriptive)"
        return ChartFigure(id: id, title: title, description: description(a), svg: svg(a, title: title), table: table(a))
    }

    static func svg(_ a: Assessment, title: String) -> String {
        let pattern = "\(id)-nodata"
        let anyEstimated = a.days.contains(where: \.estimated)
        let legend = ChartLegend(items: [
            (.bar(fill: ReportStyle.Palette.skyBlue), "daily load")]
            + (anyEstimated ? [(.hollowBar(stroke: ReportStyle.Palette.blue), "with an estimated session")] : []) + [

            (.line(stroke: ReportStyle.Palette.blue, dash: nil), "acute (7-day EWMA)"),
            (.line(stroke: ReportStyle.Palette.orange, dash: "7 4"), "chronic (28-day EWMA)"),
            (.line(stroke: ReportStyle.Palette.black, dash: nil), "ratio of the EWMAs"),
            (.line(stroke: ReportStyle.Palette.reddishPurple, dash: "2 3"), "ratio, rolling 7:21 days"),
            (.line(stroke: "#444", dash: "6 3"), "acute = chronic (ratio 1)"),
            (.hatch(patternID: pattern), "untracked day"),
        ])
        let legendTop = 4.0
        let top = legendTop + Double(legend.rows(width: ChartLayout.width, left: ChartLayout.left)) * ChartLegend.rowHeight + 30
        let days = a.days
        let loads = days.map { $0.state == .untracked ? nil : $0.load }
        let maxLoad = (loads.compactMap { $0 } + days.compactMap(\.acute) + days.compactMap(\.chronic)).max() ?? 0
        let loadPanel = ChartPanel(left: ChartLayout.left, top: top, width: ChartLayout.plotWidth,
                                   height: ChartLayout.panelHeight, slots: days.count,
                                   scale: NiceScale(maximum: maxLoad * 1.05))
        let ratios = days.compactMap(\.acwr) + days.compactMap(\.acwrRolling)
        let ratioPanel = ChartPanel(left: ChartLayout.left, top: loadPanel.bottom + ChartLayout.panelGap,
                                    width: ChartLayout.plotWidth, height: ChartLayout.panelHeight * 0.75,
                                    slots: days.count, scale: NiceScale(maximum: max(1.5, (ratios.max() ?? 0) * 1.05)))
        var c = SVGCanvas(width: ChartLayout.width, height: ratioPanel.bottom + 26)
        c.raw(NoDataPattern.definition(id: pattern))
        legend.draw(&c, top: legendTop, left: ChartLayout.left)
        let labels = mondayLabels(days)

        if loads.allSatisfy({ $0 == nil }) {
            loadPanel.drawNoData(&c, days.isEmpty ? "No daily load computed yet" : "Every day is untracked")
        } else {
            loadPanel.drawFrame(&c, unit: "load (\(unitName(a)))")
            loadPanel.drawBars(&c, loads, fill: ReportStyle.Palette.skyBlue, fraction: 0.8, noDataPattern: pattern,
                               hollow: { days[$0].estimated }) { i in
                let d = days[i]
                return d.state == .untracked ? "\(d.date): untracked"
                    : d.load == nil ? "\(d.date): load unknown (a session without a measure or an estimate)"
                    : "\(d.date): \(d.state.rawValue), load \(ChartLayout.cell(d.load, 1))" + (d.estimated ? " (estimated)" : "")
            }
            let positions = days.indices.map { Double($0) + 0.5 }
            loadPanel.drawLine(&c, zip(positions, days.map(\.chronic)).map { ($0, $1) },
                               stroke: ReportStyle.Palette.orange, width: 2.5, dash: "7 4")
            loadPanel.drawLine(&c, zip(positions, days.map(\.acute)).map { ($0, $1) },
                               stroke: ReportStyle.Palette.blue, width: 2.5)
        }
        loadPanel.drawXLabels(&c, labels)

        if ratios.isEmpty {
            ratioPanel.drawNoData(&c, "Acute:chronic ratio needs 28 days of coverage")
        } else {
            ratioPanel.drawFrame(&c, unit: "acute:chronic ratio (descriptive)")
            ratioPanel.drawReference(&c, value: 1)
            let positions = days.indices.map { Double($0) + 0.5 }
            ratioPanel.drawLine(&c, zip(positions, days.map(\.acwrRolling)).map { ($0, $1) },
                                stroke: ReportStyle.Palette.reddishPurple, width: 2, dash: "2 3")
            ratioPanel.drawLine(&c, zip(positions, days.map(\.acwr)).map { ($0, $1) },
                                stroke: ReportStyle.Palette.black, width: 2)
        }
        ratioPanel.drawXLabels(&c, labels)
        return c.document(id: id, title: title, description: description(a))
    }

    /// Mondays labelled "MM-DD" (thinned by width like every axis).
    static func mondayLabels(_ days: [DayLoad]) -> [(position: Double, text: String)] {
        days.enumerated().compactMap { i, d in
            guard let n = CalendarDay.parseDate(d.date), CalendarDay.isoWeekday(n) == 1 else { return nil }
            return (Double(i) + 0.5, String(d.date.dropFirst(5)))
        }
    }

    static func description(_ a: Assessment) -> String {
        guard let first = a.days.first, let last = a.days.last else {
            return "No daily load has been computed for this season yet. " + caveat
        }
        let untracked = a.days.filter { $0.state == .untracked }.count
        let rest = a.days.filter { $0.state == .rest }.count
        var s = "Bars show the load of each day from \(first.date) to \(last.date) in \(unitName(a)) "
            + "(\(unitReason(a))); "
            + (a.days.contains(where: \.estimated) ? "\(ChartLayout.count(a.days.filter(\.estimated).count, "day")) with a session "
                + "whose load is estimated from the athlete's own sessions are drawn hollow (a strength block is never a deload); " : "")
            + "\(ChartLayout.count(rest, "rest day")) count as 0 and \(ChartLayout.count(untracked, "untracked day")) are hatched (unknown, not 0). "
            + "The solid line is the acute load (EWMA, λ = 0.25), the dashed line the chronic load (EWMA, λ = 0.069; Williams 2017). "
        if let lastRatio = a.days.last(where: { $0.acwr != nil }), let r = lastRatio.acwr {
            s += "The lower panel shows their ratio and the uncoupled rolling ratio; on \(lastRatio.date) the ratio was "
                + "\(FixedDecimal.string(r, 2)). "
        } else {
            s += "The ratio needs 28 days of coverage and is not available yet. "
        }
        return s + caveat
    }

    static func table(_ a: Assessment) -> DataTable {
        DataTable(caption: "Daily load (\(unitName(a))), EWMA averages and ratios, fitness/fatigue/form (L5)",
                  columns: ["Date", "Day", "Distance (km)", "Load", "Acute", "Chronic", "Ratio (EWMA)",
                            "Ratio (rolling)", "Fitness", "Fatigue", "Form"],
                  numeric: Set(2...10),
                  rows: a.days.map { d in
                      [d.date, d.state.rawValue, FixedDecimal.string(d.distanceKm, 1),
                       ChartLayout.cell(d.load, 1) + (d.estimated ? " (est.)" : ""),
                       ChartLayout.cell(d.acute, 1), ChartLayout.cell(d.chronic, 1), ChartLayout.cell(d.acwr, 2),
                       ChartLayout.cell(d.acwrRolling, 2), ChartLayout.cell(d.fitness, 1), ChartLayout.cell(d.fatigue, 1),
                       ChartLayout.cell(d.form, 1)]
                  })
    }
}
