import GaitModel

/// weeks.csv (DESIGN.md "Fixed interfaces"): one row per ISO week from the first to the last week
/// with data, with level, points and counted rules (`;`-joined) per presentation.
public enum WeeksCSV {
    /// No trailing newline.
    public static let header = (["athlete", "week", "week_start", "coverage_days", "distance_km", "runs"]
        + Presentation.allCases.flatMap { p in ["level", "points", "rules"].map { "\(p.rawValue)_\($0)" } })
        .joined(separator: ",")

    public static func document(_ assessment: Assessment) -> String {
        header + "\n" + rows(assessment)
    }

    /// The data lines only, for concatenating athletes under one header.
    public static func rows(_ assessment: Assessment) -> String {
        assessment.weeks.map { w in
            var fields = [assessment.athlete, w.week, w.weekStart, String(w.coverageDays),
                          FixedDecimal.string(w.distanceKm, 2), String(w.runs)]
            for p in Presentation.allCases {
                let s = w.score(p)
                fields += [(s?.level ?? .none).rawValue, String(s?.points ?? 0), (s?.rules ?? []).joined(separator: ";")]
            }
            return CSVField.line(fields)
        }.joined()
    }
}
