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

/// A plain data table: a header row and text cells; the first cell of each row is its header.
struct DataTable {
    var caption: String
    var columns: [String]
    /// Which columns are numbers (right-aligned, tabular figures).
    var numeric: Set<Int> = []
    var rows: [[String]]

    var html: String {
        let e = HTMLText.escape
        var h = "<div class=\"scroll\"><table>\n<caption>\(e(caption))</caption>\n<thead><tr>"
        for (i, c) in columns.enumerated() {
            h += "<th scope=\"col\"\(numeric.contains(i) ? " class=\"num\"" : "")>\(e(c))</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for row in rows {
            h += "<tr>"
            for (i, cell) in row.enumerated() {
                let cls = numeric.contains(i) ? " class=\"num\"" : ""
                h += i == 0 ? "<th scope=\"row\"\(cls)>\(e(cell))</th>" : "<td\(cls)>\(e(cell))</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody>\n</table></div>\n"
    }
}
