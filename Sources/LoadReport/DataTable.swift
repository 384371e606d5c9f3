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
