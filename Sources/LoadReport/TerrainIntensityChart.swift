import GaitModel

/// Weekly descent (D1) and high-intensity minutes with jump sessions (D2), each in its own panel.
enum TerrainIntensityChart {
    static let id = "descent-intensity"

    static func figure(_ a: Assessment) -> ChartFigure {
        let title = "Weekly descent and high-intensity minutes"
        return ChartFigure(id: id, title: title, description: description(a), svg: svg(a, title: title), table: table(a))
    }

    static func svg(_ a: Assessment, title: String) -> String {
        let pattern = "\(id)-nodata"
        let legend = ChartLegend(items: [
            (.bar(fill: ReportStyle.Palette.bluishGreen), "descent (m)"),
            (.bar(fill: ReportStyle.Palette.orange), "high-intensity minutes"),
            (.triangle(fill: ReportStyle.Palette.reddishPurple), "jump sessions (count)"),
            (.hatch(patternID: pattern), "no data"),
        ])
        let legendTop = 4.0
        let top = legendTop + Double(legend.rows(width: ChartLayout.width, left: ChartLayout.left)) * ChartLegend.rowHeight + 30
        let descent = a.weeks.map { $0.coverageDays == 0 ? nil : $0.descentM }
        let intensity = a.weeks.map { $0.coverageDays == 0 ? nil : $0.highIntensityMin }
        let dPanel = ChartPanel(left: ChartLayout.left, top: top, width: ChartLayout.plotWidth,
                                height: ChartLayout.panelHeight * 0.85, slots: a.weeks.count,
                                scale: NiceScale(maximum: (descent.compactMap { $0 }.max() ?? 0) * 1.05))
        let hPanel = ChartPanel(left: ChartLayout.left, top: dPanel.bottom + ChartLayout.panelGap,
                                width: ChartLayout.plotWidth, height: ChartLayout.panelHeight * 0.85, slots: a.weeks.count,
                                scale: NiceScale(maximum: (intensity.compactMap { $0 }.max() ?? 0) * 1.2))
        var c = SVGCanvas(width: ChartLayout.width, height: hPanel.bottom + 26)
        c.raw(NoDataPattern.definition(id: pattern))
        legend.draw(&c, top: legendTop, left: ChartLayout.left)
        if descent.allSatisfy({ $0 == nil }) {
            dPanel.drawNoData(&c, "No descent data (altitude) yet")
        } else {
            dPanel.drawFrame(&c, unit: "descent (m)")
            dPanel.drawBars(&c, descent, fill: ReportStyle.Palette.bluishGreen, noDataPattern: pattern) { i in
                "\(a.weeks[i].week): descent \(ChartLayout.cell(descent[i], 0)) m"
            }
        }
        dPanel.drawXLabels(&c, ChartLayout.weekLabels(a.weeks))
        let anyJumps = a.weeks.contains { $0.jumpSessions > 0 }
        if intensity.allSatisfy({ $0 == nil }) && !anyJumps {
            hPanel.drawNoData(&c, "No high-intensity data yet")
        } else {
            hPanel.drawFrame(&c, unit: "high-intensity minutes")
            hPanel.drawBars(&c, intensity, fill: ReportStyle.Palette.orange, noDataPattern: pattern) { i in
                "\(a.weeks[i].week): \(ChartLayout.cell(intensity[i], 0)) min high intensity"
            }
            for (i, w) in a.weeks.enumerated() where w.jumpSessions > 0 {
                let cx = hPanel.x(Double(i) + 0.5), tip = hPanel.y(intensity[i] ?? 0) - 3
                c.polygon([(cx - 6, tip - 10), (cx + 6, tip - 10), (cx, tip)], fill: ReportStyle.Palette.reddishPurple,
                          stroke: "#1a1a1a", tooltip: "\(w.week): \(ChartLayout.count(w.jumpSessions, "jump session"))")
                if hPanel.slotWidth >= SVGCanvas.textWidth(String(w.jumpSessions)) + 4 {
                    c.text(String(w.jumpSessions), x: cx, y: tip - 13, anchor: .middle)
                }
            }
        }
        hPanel.drawXLabels(&c, ChartLayout.weekLabels(a.weeks))
        return c.document(id: id, title: title, description: description(a))
    }

    static func description(_ a: Assessment) -> String {
        let withDescent = a.weeks.filter { $0.descentM != nil }
        guard !withDescent.isEmpty || a.weeks.contains(where: { $0.highIntensityMin != nil }) else {
            return "Weekly descent and high-intensity minutes have not been computed for this season yet."
        }
        var s = "Upper panel: metres descended per week from smoothed altitude (D1: a week above 1.3 × its 4-week mean "
            + "is flagged). Lower panel: minutes faster than threshold pace, else at ≥ 80 % of HRmax, with triangles "
            + "counting jump sessions — plyometric or jump exercises, or HIIT; strides count as minutes (D2; Malliaras 2015). "
        if let top = withDescent.max(by: { ($0.descentM ?? 0, $1.week) < ($1.descentM ?? 0, $0.week) }),
           let d = top.descentM {
            s += "The most descent was \(FixedDecimal.string(d, 0)) m in \(top.week). "
        }
        let jumps = a.weeks.reduce(0) { $0 + $1.jumpSessions }
        return s + "\(ChartLayout.count(jumps, "jump session")) in the season."
    }

    static func table(_ a: Assessment) -> DataTable {
        DataTable(caption: "Weekly terrain and intensity",
                  columns: ["Week", "Descent (m)", "Ascent (m)", "High-intensity (min)", "Jump sessions"],
                  numeric: [1, 2, 3, 4],
                  rows: a.weeks.map { w in
                      [w.week, ChartLayout.cell(w.descentM, 0), ChartLayout.cell(w.ascentM, 0),
                       ChartLayout.cell(w.highIntensityMin, 0), String(w.jumpSessions)]
                  })
    }
}
