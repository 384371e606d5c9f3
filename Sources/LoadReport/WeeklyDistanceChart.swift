import GaitModel

/// Weekly running distance as bars, with a triangle above each week in which an L1 session spike
/// fired (DOMAIN.md L1, Frandsen 2025). A week without any recorded day is hatched: unknown, not 0.
enum WeeklyDistanceChart {
    static let id = "weekly-distance"

    static func figure(_ a: Assessment, units: DisplayUnits) -> ChartFigure {
        let spikes = SpikeWeeks(a)
        let values: [Double?] = a.weeks.map { $0.coverageDays == 0 ? nil : units.fromKm($0.distanceKm) }
        let title = "Weekly running distance (\(units.rawValue)) with session spikes"
        return ChartFigure(id: id, title: title, description: description(a, spikes: spikes, units: units),
                           svg: svg(a, values: values, spikes: spikes, units: units, title: title),
                           table: table(a, spikes: spikes, units: units))
    }

    static func svg(_ a: Assessment, values: [Double?], spikes: SpikeWeeks, units: DisplayUnits, title: String) -> String {
        let pattern = "\(id)-nodata"
        let legend = ChartLegend(items: [
            (.bar(fill: ReportStyle.Palette.blue), "distance"),
            (.triangle(fill: ReportStyle.Palette.vermillion), "L1 session spike that week"),
            (.hatch(patternID: pattern), "no recording"),
        ])
        let legendTop = 4.0
        let top = legendTop + Double(legend.rows(width: ChartLayout.width, left: ChartLayout.left)) * ChartLegend.rowHeight + 30
        let maximum = values.compactMap { $0 }.max() ?? 0
        let panel = ChartPanel(left: ChartLayout.left, top: top, width: ChartLayout.plotWidth,
                               height: ChartLayout.panelHeight + 30, slots: a.weeks.count,
                               scale: NiceScale(maximum: maximum * 1.12))
        var c = SVGCanvas(width: ChartLayout.width, height: panel.bottom + 26)
        c.raw(NoDataPattern.definition(id: pattern))
        legend.draw(&c, top: legendTop, left: ChartLayout.left)
        guard !a.weeks.isEmpty else {
            panel.drawNoData(&c, "No weeks with data")
            return c.document(id: id, title: title, description: "No weeks with data.")
        }
        panel.drawFrame(&c, unit: units.rawValue)
        panel.drawBars(&c, values, fill: ReportStyle.Palette.blue, noDataPattern: pattern) { i in
            let w = a.weeks[i]
            return w.coverageDays == 0 ? "\(w.week): no recording" : "\(w.week): \(units.text(km: w.distanceKm))"
        }
        for (i, w) in a.weeks.enumerated() {
            guard let spike = spikes.byWeek[w.week] else { continue }
            let cx = panel.x(Double(i) + 0.5)
            let tip = panel.y(values[i] ?? 0) - 3
            c.polygon([(cx - 6, tip - 10), (cx + 6, tip - 10), (cx, tip)], fill: ReportStyle.Palette.vermillion,
                      stroke: "#1a1a1a",
                      tooltip: "\(w.week): \(ChartLayout.count(spike.count, "L1 session spike")), largest \(spike.band)")
        }
        panel.drawXLabels(&c, ChartLayout.weekLabels(a.weeks))
        return c.document(id: id, title: title, description: description(a, spikes: spikes, units: units))
    }

    /// The chart in words, for screen readers and for anyone who cannot see the bars.
    static func description(_ a: Assessment, spikes: SpikeWeeks, units: DisplayUnits) -> String {
        guard let first = a.weeks.first, let last = a.weeks.last,
              let top = a.weeks.max(by: { ($0.distanceKm, $1.week) < ($1.distanceKm, $0.week) }) else {
            return "No weeks with data."
        }
        let spikeWeeks = a.weeks.map(\.week).filter { spikes.byWeek[$0] != nil }
        let unrecorded = a.weeks.filter { $0.coverageDays == 0 }.count
        return "Bars show running distance per ISO week from \(first.week) to \(last.week) "
            + "(\(ChartLayout.count(a.weeks.count, "week"))); the highest was \(units.text(km: top.distanceKm)) in \(top.week). "
            + (spikeWeeks.isEmpty ? "No run was an L1 session spike. "
                : "Triangles mark weeks with an L1 session spike (a run longer than 1.10 × the longest run of "
                    + "the previous 30 days): \(spikeWeeks.joined(separator: ", ")). ")
            + (unrecorded == 0 ? "" : "\(ChartLayout.count(unrecorded, "week")) without any recording are hatched.")
    }

    static func table(_ a: Assessment, spikes: SpikeWeeks, units: DisplayUnits) -> DataTable {
        DataTable(caption: "Weekly distance and L1 session spikes",
                  columns: ["Week", "Starts", "Distance (\(units.rawValue))", "Runs", "Days recorded", "L1 spikes",
                            "Largest spike"],
                  numeric: [2, 3, 4, 5],
                  rows: a.weeks.map { w in
                      let s = spikes.byWeek[w.week]
                      return [w.week, w.weekStart,
                              w.coverageDays == 0 ? "—" : FixedDecimal.string(units.fromKm(w.distanceKm), 1),
                              String(w.runs), String(w.coverageDays), String(s?.count ?? 0), s?.band ?? ""]
                  })
    }
}
