/// A chart's key, drawn above the plot and wrapped to the chart width. Every series differs by
/// shape or dash as well as colour, and the key names it, so colour is never the only cue.
struct ChartLegend {
    enum Swatch {
        case bar(fill: String)
        /// An estimated value: outlined, not filled.
        case hollowBar(stroke: String)
        case line(stroke: String, dash: String?)
        case dot(stroke: String)
        case triangle(fill: String)
        case hatch(patternID: String)
    }

    var items: [(swatch: Swatch, label: String)]

    static let rowHeight = 18.0

    /// Rows needed at `width` (for the chart's height).
    func rows(width: Double, left: Double) -> Int { layout(width: width, left: left).last.map { $0.row + 1 } ?? 0 }

    private func layout(width: Double, left: Double) -> [(x: Double, row: Int)] {
        var out: [(x: Double, row: Int)] = []
        var x = left, row = 0
        for item in items {
            let w = 22 + SVGCanvas.textWidth(item.label) + 14
            if x + w > width, x > left {
                row += 1
                x = left
            }
            out.append((x, row))
            x += w
        }
        return out
    }

    func draw(_ c: inout SVGCanvas, top: Double, left: Double) {
        for (item, place) in zip(items, layout(width: c.width, left: left)) {
            let y = top + Double(place.row) * Self.rowHeight + 12
            switch item.swatch {
            case .bar(let fill):
                c.rect(x: place.x, y: y - 9, width: 16, height: 10, fill: fill)
            case .hollowBar(let stroke):
                c.rect(x: place.x, y: y - 9, width: 16, height: 10, fill: "#fff", stroke: stroke)
            case .line(let stroke, let dash):
                c.line(place.x, y - 4, place.x + 16, y - 4, stroke: stroke, width: 2.5, dash: dash)
            case .dot(let stroke):
                c.circle(cx: place.x + 8, cy: y - 4, r: 3.5, fill: "#fff", stroke: stroke)
            case .triangle(let fill):
                c.polygon([(place.x + 3, y - 10), (place.x + 13, y - 10), (place.x + 8, y - 1)], fill: fill)
            case .hatch(let id):
                c.rect(x: place.x, y: y - 9, width: 16, height: 10, fill: "url(#\(id))", stroke: "#bbb")
            }
            c.text(item.label, x: place.x + 22, y: y)
        }
    }
}
