import GaitModel

/// Turns one athlete's assessment into the report artifacts of DESIGN.md's output folder:
/// `report.json`, `report.html`, `runs.csv`, `weeks.csv` (the runner writes them; this only makes bytes).
public enum ReportRenderer {
    public static let paramSpecs: [ParamSpec] = [
        ParamSpec(name: "units", kind: .string, defaultValue: "km", choices: ["km", "mi"],
                  summary: "Distance units in report.html (CSV and JSON always use metres and km)"),
    ]

    /// DOMAIN.md: the report ends with this line.
    public static let disclaimer = "This is a screening summary, not a diagnosis — a clinical assessment decides."

    public static func render(_ a: Assessment, params: ResolvedParams) -> ReportBundle {
        let units = DisplayUnits(param: params.string("units"))
        let artifacts = [
            Artifact(name: "report.json", content: Array(ReportJSON.document(a).utf8)),
            Artifact(name: "report.html", content: Array(ReportHTML.document(a, units: units).utf8)),
            Artifact(name: "runs.csv", content: Array(RunsCSV.document(a).utf8)),
            Artifact(name: "weeks.csv", content: Array(WeeksCSV.document(a).utf8)),
        ]
        let now = NowSummary.all(a)
        // The index's level columns are in `Presentation.allCases` order, whatever the cards' order.
        let levels = Presentation.allCases.map { p in now.first { $0.presentation == p }?.level ?? .none }
        let sites = a.weeks.last?.sites ?? []
        let index = IndexEntry(athlete: a.athlete, asOf: a.asOf, levels: levels, weeklyDistanceKm: a.weeks.map(\.distanceKm),
                               sites: sites.map(\.label).joined(separator: ", "),
                               worstPain: sites.compactMap(\.worstPain).max(), symptomDiary: a.symptomDiary)
        return ReportBundle(athlete: a.athlete, artifacts: artifacts, index: index)
    }
}
