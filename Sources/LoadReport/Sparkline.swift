/// A tiny inline SVG line of weekly distance for the clinic index, in the index's units.
enum Sparkline {
    static func svg(_ valuesKm: [Double], units: DisplayUnits, width: Double = 120, height: Double = 28) -> String {
        let finite = valuesKm.map { $0.isFinite ? units.fromKm(max(0, $0)) : 0 }
        let top = finite.max() ?? 0
        let label = finite.isEmpty ? "No weeks with data"
            : "Weekly running distance over \(finite.count) weeks, highest \(FixedDecimal.string(top, 1)) \(units.rawValue), "
                + "last \(FixedDecimal.string(finite.last ?? 0, 1)) \(units.rawValue)"
        var s = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" "
            + "role=\"img\" aria-label=\"\(HTMLText.escape(label))\"><title>\(HTMLText.escape(label))</title>"
        s += "<line x1=\"1\" y1=\"\(f(height - 1))\" x2=\"\(f(width - 1))\" y2=\"\(f(height - 1))\" stroke=\"#bbb\"/>"
        if !finite.isEmpty {
            let stepX = finite.count > 1 ? (width - 6) / Double(finite.count - 1) : 0
            var points = finite.enumerated().map { i, v in
                (x: 3 + Double(i) * stepX, y: height - 3 - (top > 0 ? v / top * (height - 6) : 0))
            }
            // A single week has no slope to draw: show it as a flat line across the box.
            if points.count == 1, let only = points.first { points = [(3, only.y), (width - 3, only.y)] }
            let pts = points.map { "\(f($0.x)),\(f($0.y))" }
            s += "<polyline fill=\"none\" stroke=\"\(ReportStyle.Palette.blue)\" stroke-width=\"1.5\" "
                + "points=\"\(pts.joined(separator: " "))\"/>"
            if let last = points.last {
                s += "<circle cx=\"\(f(last.x))\" cy=\"\(f(last.y))\" r=\"2.5\" fill=\"\(ReportStyle.Palette.blue)\"/>"
            }
        }
        return s + "</svg>"
    }

    private static func f(_ v: Double) -> String { FixedDecimal.string(v, 1) }
}
