/// A chart as the report shows it: a `<figure>` with its title and a text description in the
/// `<figcaption>`, the inline SVG, and the same numbers as a table (collapsed in a `<details>`),
/// so the chart can be read without seeing it.
struct ChartFigure {
    /// Unique in the page; the SVG's id and the prefix of its title/description ids.
    var id: String
    var title: String
    var description: String
    var svg: String
    var table: DataTable

    var html: String {
        let e = HTMLText.escape
        return "<figure id=\"fig-\(e(id))\" class=\"chart-figure\">\n"
            + "<figcaption><strong>\(e(title)).</strong> \(e(description))</figcaption>\n"
            + "<div class=\"chart-box\">\n\(svg)\n</div>\n"
            + "<details class=\"numbers\"><summary>\(e(title)): the numbers</summary>\n"
            + table.html + "</details>\n</figure>\n"
    }
}
