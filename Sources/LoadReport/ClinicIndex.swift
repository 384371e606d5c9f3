import GaitModel

/// The top-level index.html: every athlete with their current levels, highest first, each linking
/// to `<athlete>/report.html`, plus the inputs that were skipped.
public enum ClinicIndex {
    public static func html(entries: [IndexEntry], skipped: [SkippedInput]) -> String {
        let e = HTMLText.escape
        let sorted = entries.sorted { a, b in
            a.highest != b.highest ? a.highest > b.highest : a.athlete < b.athlete
        }
        var h = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Knee-load screening — all athletes</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        <header><h1>Knee-load screening — all athletes</h1>
        <p>\(sorted.count) athlete\(sorted.count == 1 ? "" : "s"), highest current level first. Levels are
        pattern-consistency levels (none, low, moderate, high), not diagnoses.</p></header>
        <main>
        <section id="athletes">
        <h2>Athletes</h2>

        """
        if sorted.isEmpty {
            h += "<p>No athlete was assessed.</p>\n"
        } else {
            h += "<div class=\"scroll\"><table>\n<thead><tr><th>Athlete</th><th>As of</th>"
                + Presentation.allCases.map { "<th>\(e($0.title))</th>" }.joined()
                + "<th>Weekly distance</th></tr></thead>\n<tbody>\n"
            for entry in sorted {
                h += "<tr><td><a href=\"\(e(HTMLText.pathSegment(entry.athlete)))/report.html\">\(e(entry.athlete))</a></td>"
                    + "<td>\(e(entry.asOf))</td>"
                for i in Presentation.allCases.indices {
                    let level = i < entry.levels.count ? entry.levels[i] : .none
                    h += "<td><span class=\"\(ReportStyle.levelClass(level))\">\(level.rawValue)</span></td>"
                }
                h += "<td>\(Sparkline.svg(entry.weeklyDistanceKm))</td></tr>\n"
            }
            h += "</tbody>\n</table></div>\n"
        }
        h += "</section>\n<section id=\"skipped\">\n<h2>Skipped inputs</h2>\n"
        if skipped.isEmpty {
            h += "<p>No input was skipped.</p>\n"
        } else {
            h += "<div class=\"scroll\"><table>\n<thead><tr><th>Input</th><th>Stage</th><th>Reason</th></tr></thead>\n<tbody>\n"
            for s in skipped.sorted(by: { ($0.path, $0.stage, $0.reason) < ($1.path, $1.stage, $1.reason) }) {
                h += "<tr><td>\(e(s.path))</td><td>\(e(s.stage))</td><td>\(e(s.reason))</td></tr>\n"
            }
            h += "</tbody>\n</table></div>\n"
        }
        h += "</section>\n</main>\n<footer><p class=\"disclaimer\">\(e(ReportRenderer.disclaimer))</p></footer>\n"
            + "</body>\n</html>\n"
        return h
    }
}
