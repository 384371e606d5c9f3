public import GaitModel

/// The top-level index.html: every athlete with their current levels, highest first, a sparkline of
/// weekly distance and a link to `<athlete>/report.html`, plus the inputs skipped across the run.
public enum ClinicIndex {
    /// The site column: the sites reported in the last 28 days with sides, each with its worst pain
    /// ("lateral (right) 8/10"); else DOMAIN.md's "no pain recorded in the last 28 days", with the
    /// last report before them; "no diary" when there is none (DOMAIN.md keeps "nobody asked" apart
    /// from "no pain").
    static func symptoms(_ entry: IndexEntry) -> String {
        guard entry.symptomDiary else { return "no diary" }
        guard entry.sites.isEmpty else { return entry.sites }
        return "no pain recorded in the last 28 days" + (entry.lastReported.isEmpty ? "" : " (last reported: \(entry.lastReported))")
    }

    /// `units` is load-report's `units` param (km or mi); anything else shows km.
    public static func html(entries: [IndexEntry], unscored: [ClinicSeason.Unscored] = [], skipped: [SkippedInput], units: String = "km") -> String {
        let e = HTMLText.escape
        let units = DisplayUnits(param: units)
        let sorted = entries.sorted { a, b in
            a.highest != b.highest ? a.highest > b.highest : a.athlete < b.athlete
        }
        var h = """
        <header><h1>Knee-load screening — all athletes</h1>
        <p>\(ChartLayout.count(sorted.count + unscored.count, "athlete")), those not scored first, then the highest current level. Levels are
        pattern-consistency levels (none, low, moderate, high) for the latest ISO week, not diagnoses; each
        report gives the rules, their evidence and the advice.</p></header>
        <main>
        <section id="athletes">
        <h2>Athletes</h2>

        """
        if sorted.isEmpty && unscored.isEmpty {
            h += "<p>No athlete was assessed.</p>\n"
        } else {
            h += "<div class=\"scroll\"><table>\n<caption>Current level per presentation and weekly distance "
                + "(\(units.rawValue))</caption>\n<thead><tr><th scope=\"col\">Athlete</th><th scope=\"col\">As of</th>"
                + Presentation.allCases.map { "<th scope=\"col\">\(e($0.title))</th>" }.joined()
                + "<th scope=\"col\">Reported site, worst pain (28 days)</th>"
                + "<th scope=\"col\">Weekly distance</th><th scope=\"col\" class=\"num\">Last week (\(units.rawValue))</th>"
                + "</tr></thead>\n<tbody>\n"
            // First: a folder with no runs is information (stopped running because of pain?), not "none".
            for u in unscored.sorted(by: { $0.athlete < $1.athlete }) {
                h += "<tr class=\"unscored\"><th scope=\"row\" class=\"nowrap\">\(e(u.athlete))</th><td>—</td>"
                    + "<td colspan=\"\(Presentation.allCases.count)\">not scored: \(e(u.note))</td><td>—</td><td>—</td><td class=\"num\">—</td></tr>\n"
            }
            for entry in sorted {
                h += "<tr><th scope=\"row\" class=\"nowrap\"><a href=\"\(e(HTMLText.pathSegment(FileName.safe(entry.athlete))))/report.html\">"
                    + "\(e(entry.athlete))</a></th><td class=\"nowrap\">\(e(entry.asOf))</td>"
                for i in Presentation.allCases.indices {
                    let level = i < entry.levels.count ? entry.levels[i] : .none
                    h += "<td><span class=\"\(ReportStyle.levelClass(level))\">\(level.rawValue)</span></td>"
                }
                h += "<td>\(e(symptoms(entry)))</td>"
                h += "<td class=\"spark\">\(Sparkline.svg(entry.weeklyDistanceKm, units: units))</td>"
                    + "<td class=\"num\">\(entry.weeklyDistanceKm.last.map { FixedDecimal.string(units.fromKm($0), 1) } ?? "—")</td></tr>\n"
            }
            h += "</tbody>\n</table></div>\n"
        }
        h += "</section>\n<section id=\"skipped\">\n<h2>Skipped inputs</h2>\n"
        if skipped.isEmpty {
            h += "<p>No input was skipped.</p>\n"
        } else {
            h += DataTable(caption: "\(ChartLayout.count(skipped.count, "input")) not used, and why",
                           columns: ["Input", "Stage", "Reason"],
                           rows: skipped.sorted { ($0.path, $0.stage, $0.reason) < ($1.path, $1.stage, $1.reason) }
                               .map { [$0.path, $0.stage, $0.reason] }).html
        }
        h += "</section>\n</main>\n"
        return HTMLPage.document(title: "Knee-load screening — all athletes", body: h)
    }
}
