public import GaitModel
import InjuryScoring

/// weeks.csv (DESIGN.md "Fixed interfaces"): one row per athlete and ISO week from the first to the
/// last week with data. After the fixed prefix: coverage, loads, per presentation level/points/rules,
/// the rules that fired in the week, and every DOMAIN.md rule's state and value (REPORT_SCHEMA.md).
public enum WeeksCSV {
    /// Rules with their own `<id>_state,<id>_value` columns, in DOMAIN.md order. The header is the
    /// same for every athlete (the top-level weeks.csv joins them); a rule outside this list goes to
    /// `other_rule_states`.
    public static let ruleIDs = RuleCatalog.ids

    static let leading = ["athlete", "week", "week_start", "coverage_days", "distance_km", "runs", "untracked_days",
                          "load_unit", "load", "monotony", "strain", "descent_m", "ascent_m", "high_intensity_min",
                          "jump_sessions", "cadence_matched_spm"]

    /// No trailing newline.
    public static let header = (leading
        + Presentation.allCases.flatMap { p in ["level", "points", "rules", "capped"].map { "\(p.rawValue)_\($0)" } }
        + ["fired_rules"]
        + ruleIDs.flatMap { id in ["\(id.lowercased())_state", "\(id.lowercased())_value"] }
        + ["other_rule_states"])
        .joined(separator: ",")

    /// The data lines only (no newline), for the runner's table of all athletes under one header.
    public static func rows(_ a: Assessment) -> [String] {
        a.weeks.map { w in
            var fields = [a.athlete, w.week, w.weekStart, String(w.coverageDays), FixedDecimal.string(w.distanceKm, 2),
                          String(w.runs), String(w.untrackedDays), a.loadUnit, FixedDecimal.string(w.load, 2),
                          FixedDecimal.string(w.monotony, 3), FixedDecimal.string(w.strain, 2),
                          FixedDecimal.string(w.descentM, 1), FixedDecimal.string(w.ascentM, 1),
                          FixedDecimal.string(w.highIntensityMin, 1), String(w.jumpSessions),
                          FixedDecimal.string(w.cadenceMatchedSPM, 1)]
            for p in Presentation.allCases {
                let s = w.score(p)
                fields += [(s?.level ?? .none).rawValue, String(s?.points ?? 0), (s?.rules ?? []).joined(separator: ";"),
                           (s?.capped ?? false) ? "true" : "false"]
            }
            fields.append(w.rules.filter { $0.status == .fired }.map(\.id).joined(separator: ";"))
            for id in ruleIDs {
                let r = w.rule(id)
                fields += [r?.status.rawValue ?? "", FixedDecimal.string(r?.value, 4)]
            }
            fields.append(w.rules.filter { !ruleIDs.contains($0.id) }
                .map { "\($0.id)=\($0.status.rawValue)" + ($0.value.map { ":" + FixedDecimal.string($0, 4) } ?? "") }
                .joined(separator: ";"))
            return CSVField.row(fields)
        }
    }
}
