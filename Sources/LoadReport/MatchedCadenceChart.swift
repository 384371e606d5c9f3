import GaitModel

/// Cadence (G1) and step length (G2) at the runner's own reference speed, per run over the season,
/// with the weekly mean and the season baseline: matched speed removes the effect of running faster.
enum MatchedCadenceChart {
    static let id = "matched-cadence"

    static func figure(_ a: Assessment) -> ChartFigure {
        let title = "Cadence and step length at matched speed over the season"
        return ChartFigure(id: id, title: title, description: description(a), svg: svg(a, title: title), table: table(a))
    }

    /// Cadence and step length of the season's regressions at the reference speed (nil when not fitted).
    static func baselines(_ b: SeasonBaseline) -> (cadence: Double?, stepLength: Double?) {
        guard let v = b.referenceSpeedMPS else { return (nil, nil) }
        let cadence = b.cadenceIntercept.flatMap { i in b.cadenceSlope.map { i + $0 * v } }
        let step = b.stepLengthIntercept.flatMap { i in b.stepLengthSlope.map { i + $0 * v } }
        return (cadence, step)
    }

    /// Each run's x position in week slots: its week's index plus the day within the week.
    static func position(_ run: RunMetrics, weekIndex: [String: Int]) -> Double? {
        let day = CalendarDay.dayNumber(run.startTime)
        guard let i = weekIndex[CalendarDay.isoWeek(day)] else { return nil }
        return Double(i) + (Double(CalendarDay.isoWeekday(day)) - 0.5) / 7
    }

    static func svg(_ a: Assessment, title: String) -> String {
        let low = ScoringParameter.number(a, "g1_low", default: 166)
        let high = ScoringParameter.number(a, "g1_high", default: 178)
        let long = ScoringParameter.number(a, "g2_long", default: 0.10)
        let legend = ChartLegend(items: [
            (.dot(stroke: ReportStyle.Palette.blue), "run"),
            (.line(stroke: ReportStyle.Palette.black, dash: nil), "weekly mean"),
            (.line(stroke: ReportStyle.Palette.bluishGreen, dash: "8 3"), "season baseline"),
            (.line(stroke: "#444", dash: "6 3"), "\(FixedDecimal.string(low, 0)) steps/min: low (soft flag)"),
            (.line(stroke: "#444", dash: "3 3"), "\(FixedDecimal.string(high, 0)) steps/min: high"),
            (.line(stroke: "#444", dash: "1 3"), "baseline +\(FixedDecimal.string(long * 100, 0)) %: long stride (G2)"),
        ])
        let legendTop = 4.0
        let top = legendTop + Double(legend.rows(width: ChartLayout.width, left: ChartLayout.left)) * ChartLegend.rowHeight + 30
        let weekIndex = Dictionary(uniqueKeysWithValues: a.weeks.enumerated().map { ($1.week, $0) })
        let base = baselines(a.baseline)
        let cadenceRuns = a.runs.compactMap { r in
            r.cadenceMatchedSPM.flatMap { v in position(r, weekIndex: weekIndex).map { (r, $0, v) } }
        }
        let stepRuns = a.runs.compactMap { r in
            r.stepLengthMatchedM.flatMap { v in position(r, weekIndex: weekIndex).map { (r, $0, v) } }
        }
        let cadenceValues = cadenceRuns.map(\.2) + a.weeks.compactMap(\.cadenceMatchedSPM) + [base.cadence].compactMap { $0 }
        let cPanel = ChartPanel(left: ChartLayout.left, top: top, width: ChartLayout.plotWidth,
                                height: ChartLayout.panelHeight, slots: a.weeks.count,
                                scale: .spanning(cadenceValues, include: [low, high]))
        let stepValues = stepRuns.map(\.2) + [base.stepLength, base.stepLength.map { $0 * (1 + long) }].compactMap { $0 }
        let sPanel = ChartPanel(left: ChartLayout.left, top: cPanel.bottom + ChartLayout.panelGap,
                                width: ChartLayout.plotWidth, height: ChartLayout.panelHeight * 0.8, slots: a.weeks.count,
                                scale: .spanning(stepValues))
        var c = SVGCanvas(width: ChartLayout.width, height: sPanel.bottom + 26)
        legend.draw(&c, top: legendTop, left: ChartLayout.left)
        let weekMid = a.weeks.indices.map { Double($0) + 0.5 }

        if cadenceRuns.isEmpty {
            cPanel.drawNoData(&c, "No cadence at matched speed yet")
        } else {
            cPanel.drawFrame(&c, unit: "steps/min at \(speedText(a.baseline.referenceSpeedMPS))")
            cPanel.drawReference(&c, value: low)
            cPanel.drawReference(&c, value: high, dash: "3 3")
            if let b = base.cadence {
                c.line(cPanel.left, cPanel.y(b), cPanel.left + cPanel.width, cPanel.y(b),
                       stroke: ReportStyle.Palette.bluishGreen, width: 2, dash: "8 3")
            }
            cPanel.drawLine(&c, zip(weekMid, a.weeks.map(\.cadenceMatchedSPM)).map { ($0, $1) },
                            stroke: ReportStyle.Palette.black, width: 2)
            for (r, x, v) in cadenceRuns {
                c.circle(cx: cPanel.x(x), cy: cPanel.y(v), r: 3, fill: "#fff", stroke: ReportStyle.Palette.blue,
                         tooltip: "\(r.runID): \(FixedDecimal.string(v, 1)) steps/min")
            }
        }
        cPanel.drawXLabels(&c, ChartLayout.weekLabels(a.weeks))

        if stepRuns.isEmpty {
            sPanel.drawNoData(&c, "No step length at matched speed yet")
        } else {
            sPanel.drawFrame(&c, unit: "step length (m) at the same speed")
            if let b = base.stepLength {
                c.line(sPanel.left, sPanel.y(b), sPanel.left + sPanel.width, sPanel.y(b),
                       stroke: ReportStyle.Palette.bluishGreen, width: 2, dash: "8 3")
                sPanel.drawReference(&c, value: b * (1 + long), dash: "1 3")
            }
            for (r, x, v) in stepRuns {
                c.circle(cx: sPanel.x(x), cy: sPanel.y(v), r: 3, fill: "#fff", stroke: ReportStyle.Palette.blue,
                         tooltip: "\(r.runID): \(FixedDecimal.string(v, 2)) m")
            }
        }
        sPanel.drawXLabels(&c, ChartLayout.weekLabels(a.weeks))
        return c.document(id: id, title: title, description: description(a))
    }

    static func speedText(_ mps: Double?) -> String {
        guard let mps, mps > 0 else { return "the reference speed" }
        let pace = 1000 / mps
        let minutes = Int(pace) / 60, seconds = Int(pace.rounded()) % 60
        return "\(FixedDecimal.string(mps * 3.6, 1)) km/h (\(minutes):\(seconds < 10 ? "0" : "")\(seconds) /km)"
    }

    static func description(_ a: Assessment) -> String {
        let runs = a.runs.filter { $0.cadenceMatchedSPM != nil }
        guard !runs.isEmpty else {
            return "Cadence at matched speed has not been computed for this season yet: it needs the runner's own "
                + "cadence-on-speed regression from easy runs with cadence (G1)."
        }
        let base = baselines(a.baseline)
        let values = runs.compactMap(\.cadenceMatchedSPM)
        var s = "Each circle is one run's cadence at the runner's reference speed "
            + "(\(speedText(a.baseline.referenceSpeedMPS)), the median speed of runs without intervals), from "
            + "\(ChartLayout.count(a.baseline.runsUsed, "run")) in the season's regression; the solid line is the weekly mean. "
            + "Over \(ChartLayout.count(values.count, "run")) it ranged from \(FixedDecimal.string(values.min() ?? 0, 1)) "
            + "to \(FixedDecimal.string(values.max() ?? 0, 1)) steps/min"
        if let b = base.cadence { s += " around a season baseline of \(FixedDecimal.string(b, 1))" }
        s += ". The 166 and 178 steps/min lines are soft absolute flags (Luedke 2016; Thakkar 2019); advice is "
            + "+5–10 % of the runner's own cadence, not a fixed 180. The lower panel shows step length at the same "
            + "speed; more than 10 % above the baseline is a long stride (G2; Willson 2014)."
        return s
    }

    static func table(_ a: Assessment) -> DataTable {
        DataTable(caption: "Cadence and step length at matched speed, per run",
                  columns: ["Run", "Date", "Cadence (steps/min)", "At matched speed", "Step length (m)",
                            "At matched speed"],
                  numeric: [2, 3, 4, 5],
                  rows: a.runs.filter { $0.sport == "running" }.map { r in
                      [r.runID, CalendarDay.date(CalendarDay.dayNumber(r.startTime)), ChartLayout.cell(r.cadenceSPM, 1),
                       ChartLayout.cell(r.cadenceMatchedSPM, 1), ChartLayout.cell(r.stepLengthM, 2),
                       ChartLayout.cell(r.stepLengthMatchedM, 2)]
                  })
    }
}
