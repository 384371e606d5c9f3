import GaitModel

/// Inline SVG bar chart of weekly distance, with a marker above each week in which an L1 session
/// spike fired. It carries a title and a text description; the report also gives its numbers as a table.
enum WeeklyDistanceChart {
    static let width = 640.0
    static let height = 240.0
    private static let left = 44.0, right = 8.0, top = 24.0, bottom = 28.0

    static func svg(weeks: [WeekAssessment], spikeWeeks: Set<String>, units: DisplayUnits) -> String {
        let values = weeks.map { units.fromKm($0.distanceKm) }
        let maxValue = niceCeiling(values.max() ?? 0)
        let plotW = width - left - right, plotH = height - top - bottom
        let slot = weeks.isEmpty ? plotW : plotW / Double(weeks.count)
        let barW = max(1, slot * 0.7)
        let labelEvery = max(1, (weeks.count + 11) / 12)

        var s = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" "
            + "role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n"
        s += "<title id=\"chart-title\">Weekly running distance (\(units.rawValue))</title>\n"
        s += "<desc id=\"chart-desc\">\(HTMLText.escape(description(weeks: weeks, spikeWeeks: spikeWeeks, units: units)))</desc>\n"
        // Axes and the two y labels (0 and the top of the scale).
        s += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(width - right))\" y2=\"\(f(top + plotH))\" stroke=\"#666\"/>\n"
        s += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotH))\" stroke=\"#666\"/>\n"
        s += "<text x=\"\(f(left - 4))\" y=\"\(f(top + plotH))\" text-anchor=\"end\" font-size=\"11\">0</text>\n"
        s += "<text x=\"\(f(left - 4))\" y=\"\(f(top + 4))\" text-anchor=\"end\" font-size=\"11\">"
            + "\(FixedDecimal.string(maxValue, 0))</text>\n"
        s += "<text x=\"\(f(left - 4))\" y=\"\(f(top - 10))\" text-anchor=\"end\" font-size=\"11\">\(units.rawValue)</text>\n"
        for (i, w) in weeks.enumerated() {
            let v = values[i]
            let h = maxValue > 0 ? v / maxValue * plotH : 0
            let x = left + Double(i) * slot + (slot - barW) / 2
            let y = top + plotH - h
            s += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(barW))\" height=\"\(f(h))\" "
                + "fill=\"\(ReportStyle.Palette.blue)\"><title>\(w.week): \(units.text(km: w.distanceKm))</title></rect>\n"
            if spikeWeeks.contains(w.week) {
                let cx = x + barW / 2, ty = y - 4
                s += "<path d=\"M\(f(cx - 5)) \(f(ty - 9)) L\(f(cx + 5)) \(f(ty - 9)) L\(f(cx)) \(f(ty)) Z\" "
                    + "fill=\"\(ReportStyle.Palette.vermillion)\"><title>\(w.week): L1 session spike</title></path>\n"
            }
            if i % labelEvery == 0 {
                s += "<text x=\"\(f(x + barW / 2))\" y=\"\(f(height - 10))\" text-anchor=\"middle\" font-size=\"10\">"
                    + "\(w.week.suffix(3))</text>\n"
            }
        }
        s += "</svg>"
        return s
    }

    /// The chart in words, for screen readers and for anyone who cannot see the bars.
    static func description(weeks: [WeekAssessment], spikeWeeks: Set<String>, units: DisplayUnits) -> String {
        guard let first = weeks.first, let last = weeks.last,
              let top = weeks.max(by: { ($0.distanceKm, $1.week) < ($1.distanceKm, $0.week) }) else {
            return "No weeks with data."
        }
        let spikes = weeks.filter { spikeWeeks.contains($0.week) }.map(\.week)
        return "Bars show running distance per ISO week from \(first.week) to \(last.week) (\(weeks.count) weeks); "
            + "the highest was \(units.text(km: top.distanceKm)) in \(top.week). "
            + (spikes.isEmpty ? "No week had an L1 session spike."
                : "Triangles mark weeks with an L1 session spike: \(spikes.joined(separator: ", ")).")
    }

    /// A round upper bound for the y axis (1, 2 or 5 × 10ⁿ), so the scale reads easily.
    static func niceCeiling(_ v: Double) -> Double {
        guard v > 0, v.isFinite else { return 1 }
        var step = 1.0
        while step * 10 <= v { step *= 10 }
        while step > v { step /= 10 }
        for m in [1.0, 2.0, 5.0, 10.0] where m * step >= v { return m * step }
        return 10 * step
    }

    private static func f(_ v: Double) -> String { FixedDecimal.string(v, 1) }
}
