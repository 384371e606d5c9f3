/// A tiny inline SVG line of weekly distance for the clinic index.
enum Sparkline {
    static func svg(_ values: [Double], width: Double = 120, height: Double = 24) -> String {
        let finite = values.map { $0.isFinite ? max(0, $0) : 0 }
        let top = finite.max() ?? 0
        let label = "Weekly running distance over \(finite.count) weeks, highest \(FixedDecimal.string(top, 1)) km"
        var s = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" "
            + "role=\"img\" aria-label=\"\(HTMLText.escape(label))\"><title>\(HTMLText.escape(label))</title>"
        if !finite.isEmpty {
            let stepX = finite.count > 1 ? (width - 2) / Double(finite.count - 1) : 0
            var points = finite.enumerated().map { i, v in
                (x: 1 + Double(i) * stepX, y: height - 1 - (top > 0 ? v / top * (height - 2) : 0))
            }
            // A single week has no slope to draw: show it as a flat line across the box.
            if points.count == 1, let only = points.first { points = [(1, only.y), (width - 1, only.y)] }
            let pts = points.map { "\(f($0.x)),\(f($0.y))" }
            s += "<polyline fill=\"none\" stroke=\"\(ReportStyle.Palette.blue)\" stroke-width=\"1.5\" "
                + "points=\"\(pts.joined(separator: " "))\"/>"
        }
        return s + "</svg>"
    }

    private static func f(_ v: Double) -> String { FixedDecimal.string(v, 1) }
}
