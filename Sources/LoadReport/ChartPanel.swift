/// One plotting area of a chart: `slots` equal columns along x (weeks or days) and a linear y scale.
/// Several panels stacked in one SVG share the x axis (no dual y axes: each series keeps its own scale).
struct ChartPanel {
    var left: Double
    var top: Double
    var width: Double
    var height: Double
    var slots: Int
    var scale: NiceScale

    var slotWidth: Double { width / Double(max(1, slots)) }
    var bottom: Double { top + height }

    /// x of a position in slot units: slot `i` spans `i ..< i + 1`, its centre is `i + 0.5`.
    func x(_ position: Double) -> Double { left + position * slotWidth }

    /// y of a value, clamped to the panel.
    func y(_ value: Double) -> Double {
        let span = scale.upper - scale.lower
        let t = span > 0 ? (value - scale.lower) / span : 0
        return bottom - min(1, max(0, t)) * height
    }

    /// Grid lines and y tick labels, the axis unit above the ticks, the x axis line.
    func drawFrame(_ c: inout SVGCanvas, unit: String) {
        for tick in scale.ticks {
            let ty = y(tick)
            c.line(left, ty, left + width, ty, stroke: tick == scale.lower ? "#666" : "#ddd", grid: tick != scale.lower)
            c.text(scale.label(tick), x: left - 4, y: ty + 4, anchor: .end)
        }
        c.line(left, top, left, bottom, stroke: "#666")
        c.text(unit, x: left, y: top - 6, anchor: .start, fill: "#444")
    }

    /// x-axis labels at `positions`, thinned by the room they need: a label is drawn only when it
    /// starts past the end of the one before it (plus a gap), so none overlap at any season length.
    func drawXLabels(_ c: inout SVGCanvas, _ labels: [(position: Double, text: String)]) {
        for label in Self.thinned(labels.map { (x($0.position), $0.text) }, left: left - 2, right: left + width + 12) {
            c.text(label.text, x: label.x, y: bottom + 16, anchor: .middle, fill: "#444")
        }
    }

    /// Labels (centre x, text) that fit left to right without touching, between `left` (clear of
    /// the y tick labels) and `right`.
    static func thinned(_ labels: [(x: Double, text: String)], left: Double, right: Double) -> [(x: Double, text: String)] {
        var kept: [(x: Double, text: String)] = []
        var freeFrom = left
        for label in labels {
            let half = SVGCanvas.textWidth(label.text) / 2
            guard label.x - half >= freeFrom, label.x + half <= right else { continue }
            kept.append(label)
            freeFrom = label.x + half + 8
        }
        return kept
    }

    /// One bar per slot; a nil value draws the hatched "no data" band instead (unknown is not zero).
    /// `hollow` bars are outlined in `fill` on white: estimated values (DOMAIN.md "Load units").
    func drawBars(_ c: inout SVGCanvas, _ values: [Double?], fill: String, fraction: Double = 0.7,
                  noDataPattern: String, hollow: (Int) -> Bool = { _ in false }, tooltip: (Int) -> String) {
        let barW = max(1, slotWidth * fraction)
        for (i, value) in values.enumerated() {
            let x0 = x(Double(i)) + (slotWidth - barW) / 2
            guard let value, value.isFinite else {
                c.rect(x: x(Double(i)), y: top, width: slotWidth, height: height, fill: "url(#\(noDataPattern))",
                       tooltip: tooltip(i))
                continue
            }
            let y0 = y(max(scale.lower, value)), base = y(max(scale.lower, 0))
            if hollow(i) {
                c.rect(x: x0, y: min(y0, base), width: barW, height: abs(base - y0), fill: "#fff", stroke: fill,
                       tooltip: tooltip(i))
            } else {
                c.rect(x: x0, y: min(y0, base), width: barW, height: abs(base - y0), fill: fill, tooltip: tooltip(i))
            }
        }
    }

    /// A line through (position, value) points, broken wherever a value is nil so a gap stays a gap;
    /// a point with no neighbour on either side is drawn as a dot so it does not vanish.
    func drawLine(_ c: inout SVGCanvas, _ points: [(position: Double, value: Double?)], stroke: String,
                  width: Double = 2, dash: String? = nil) {
        var run: [(Double, Double)] = []
        func flush() {
            if run.count == 1, let p = run.first {
                c.circle(cx: p.0, cy: p.1, r: 2.5, fill: stroke, stroke: stroke)
            } else if run.count > 1 {
                c.polyline(run, stroke: stroke, width: width, dash: dash)
            }
            run = []
        }
        for p in points {
            guard let v = p.value, v.isFinite else { flush(); continue }
            run.append((x(p.position), y(v)))
        }
        flush()
    }

    /// A horizontal reference line (a convention or cut-off, never a coloured risk zone). Its name
    /// goes in the chart's legend, with the same dash: a label on the plot would sit on the data
    /// lines or be cut at the edge on a narrow screen.
    func drawReference(_ c: inout SVGCanvas, value: Double, dash: String = "6 3") {
        guard value >= scale.lower, value <= scale.upper else { return }
        let ry = y(value)
        c.line(left, ry, left + width, ry, stroke: "#444", width: 1, dash: dash)
    }

    /// Centered text for a panel without any value to draw.
    func drawNoData(_ c: inout SVGCanvas, _ message: String) {
        c.rect(x: left, y: top, width: width, height: height, fill: "#f7f7f7", stroke: "#ccc")
        c.text(message, x: left + width / 2, y: top + height / 2 + 4, anchor: .middle, fill: "#444")
    }
}
