public import GaitModel
import GaitWire

/// Turns one athlete's assessment into the report artifacts of DESIGN.md's output folder:
/// `<athlete>/report.json`, `report.html`, `runs.csv`, `weeks.csv`, the rows of the top-level runs.csv and
/// weeks.csv, and index.html from the season-wide task (the runner writes them; this only makes bytes).
public enum ReportRenderer {
    public static let paramSpecs: [ParamSpec] = [
        ParamSpec(name: "units", kind: .string, defaultValue: "km", choices: ["km", "mi"],
                  summary: "Distance units in report.html (CSV and JSON always use metres and km)"),
    ]

    /// DOMAIN.md: the report ends with this line.
    public static let disclaimer = "This is a screening summary, not a diagnosis — a clinical assessment decides."

    /// One athlete's files, in its folder of the output (`FileName.safe(athlete)`), its rows of the run-wide
    /// runs.csv and weeks.csv, and its line of the clinic index for the season-wide task.
    public static func render(_ a: Assessment, params: ResolvedParams) -> ReportBundle {
        let units = DisplayUnits(param: params.string("units"))
        let folder = FileName.safe(a.athlete)
        let runs = RunsCSV.rows(a), weeks = WeeksCSV.rows(a)
        let artifacts = [
            Artifact(name: "\(folder)/report.json", content: Array(ReportJSON.document(a).utf8)),
            Artifact(name: "\(folder)/report.html", content: Array(ReportHTML.document(a, units: units).utf8)),
            Artifact(name: "\(folder)/runs.csv", content: Array(csv(RunsCSV.header, runs).utf8)),
            Artifact(name: "\(folder)/weeks.csv", content: Array(csv(WeeksCSV.header, weeks).utf8)),
        ]
        let tables = [TableRows(name: "runs.csv", header: RunsCSV.header, rows: runs),
                      TableRows(name: "weeks.csv", header: WeeksCSV.header, rows: weeks)]
        let now = NowSummary.all(a)
        // The index's level columns are in `Presentation.allCases` order, whatever the cards' order.
        let levels = Presentation.allCases.map { p in now.first { $0.presentation == p }?.level ?? .none }
        let sites = a.weeks.last?.sites ?? []
        // Each site with its own worst pain: a 7/10 at `other` must not read as the lateral pain's.
        let index = IndexEntry(athlete: a.athlete, asOf: a.asOf, levels: levels, weeklyDistanceKm: a.weeks.map(\.distanceKm),
                               sites: sites.map { $0.label + ($0.worstPain.map { " \($0)/10" } ?? " (no pain score)") }
                                   .joined(separator: ", "),
                               worstPain: sites.compactMap(\.worstPain).max(), symptomDiary: a.symptomDiary,
                               lastReported: sites.isEmpty ? a.lastSite.map { "\($0.site.label), \($0.lastDate)" } ?? "" : "")
        return ReportBundle(athlete: a.athlete, artifacts: artifacts, tables: tables, seasonEntry: index.encoded())
    }

    /// The season-wide task's answer: index.html, from each athlete's `IndexEntry`. An entry that
    /// does not decode is listed with what was not used, not dropped.
    public static func index(_ season: ClinicSeason, params: ResolvedParams) -> ReportBundle {
        var entries: [IndexEntry] = []
        var skipped = season.skipped
        for e in season.entries {
            do { entries.append(try IndexEntry(decoding: e.entry)) } catch {
                skipped.append(SkippedInput(path: FileName.safe(e.athlete), stage: "load-report",
                                            reason: "not in the index: its report's index entry does not decode (\(error))"))
            }
        }
        let html = ClinicIndex.html(entries: entries, unscored: season.unscored, skipped: skipped,
                                    units: params.string("units"))
        return ReportBundle(athlete: "", artifacts: [Artifact(name: "index.html", content: Array(html.utf8))])
    }

    static func csv(_ header: String, _ rows: [String]) -> String {
        header + "\n" + rows.map { $0 + "\n" }.joined()
    }
}
