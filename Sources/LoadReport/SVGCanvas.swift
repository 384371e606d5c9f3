/// An inline SVG drawing built as text. Coordinates are written with one fixed decimal so the same
/// data always gives the same bytes (DESIGN.md "Determinism"); every text is escaped.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var body = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Font size of axis labels and legends, in SVG units (the chart scales with its container).
    static let fontSize = 12.0

    /// Estimated width of `text` at `size`: 0.62 em per character is wider than system-ui's digits
    /// and capitals, so labels placed with it do not touch.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(text.count) * size * 0.62
    }

    /// `grid`: a light background grid line, which a label may cross (the browser test skips `line.grid`).
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil, grid: Bool = false) {
        body += "<line\(grid ? " class=\"grid\"" : "") x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\""
            + " stroke-width=\"\(f(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String? = nil, tooltip: String? = nil) {
        body += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, width)))\" height=\"\(f(max(0, height)))\""
            + " fill=\"\(fill)\"\(stroke.map { " stroke=\"\($0)\"" } ?? "")"
        body += tooltip.map { "><title>\(HTMLText.escape($0))</title></rect>\n" } ?? "/>\n"
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String, tooltip: String? = nil) {
        body += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(f(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\""
            + " stroke-width=\"1.5\""
        body += tooltip.map { "><title>\(HTMLText.escape($0))</title></circle>\n" } ?? "/>\n"
    }

    /// A closed polygon (markers such as the spike triangle).
    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String? = nil, tooltip: String? = nil) {
        body += "<polygon points=\"\(points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " "))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "")
        body += tooltip.map { "><title>\(HTMLText.escape($0))</title></polygon>\n" } ?? "/>\n"
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double, dash: String? = nil) {
        body += "<polyline fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\""
            + "\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") stroke-linejoin=\"round\""
            + " points=\"\(points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " "))\"/>\n"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ s: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = fontSize,
                       fill: String = "#1a1a1a", bold: Bool = false, halo: Bool = false) {
        // A halo (white outline under the glyphs) keeps a label readable where it crosses a line.
        body += "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(f(size))\""
            + " fill=\"\(fill)\"\(bold ? " font-weight=\"600\"" : "")"
            + (halo ? " stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"" : "")
            + ">\(HTMLText.escape(s))</text>\n"
    }

    /// Raw markup (definitions such as patterns), already escaped by the caller.
    mutating func raw(_ markup: String) { body += markup }

    /// The `<svg>` element, labelled by its own title and description for screen readers.
    func document(id: String, title: String, description: String) -> String {
        let e = HTMLText.escape
        return "<svg id=\"\(e(id))\" class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\""
            + " height=\"\(f(height))\" role=\"img\" aria-labelledby=\"\(e(id))-title \(e(id))-desc\""
            + " font-family=\"system-ui, sans-serif\">\n"
            + "<title id=\"\(e(id))-title\">\(e(title))</title>\n<desc id=\"\(e(id))-desc\">\(e(description))</desc>\n"
            + body + "</svg>"
    }

    /// One fixed decimal; a coordinate never needs more and the text stays stable.
    func f(_ v: Double) -> String { FixedDecimal.string(v.isFinite ? v : 0, 1) }
}
