import GaitModel

/// report.json: the whole assessment as sorted-key JSON with fixed decimals per field
/// (DESIGN.md "Determinism": byte-identical for the same inputs and params; no wall-clock time).
enum ReportJSON {
    static let schemaVersion = 1

    static func document(_ a: Assessment) -> String {
        let levels = CurrentLevel.all(a)
        var levelMembers: [String: JSONValue] = [:]
        for l in levels {
            levelMembers[l.presentation.rawValue] = .object([
                "level": .string(l.level.rawValue),
                "points": .integer(l.points),
                "rules": .array(l.rules.map(JSONValue.string)),
                "reasons": .array(l.reasons.map(firedRule)),
            ])
        }
        let root: [String: JSONValue] = [
            "schema_version": .integer(schemaVersion),
            "athlete": .string(a.athlete),
            "as_of": .string(a.asOf),
            "latest_week": a.weeks.last.map { .string($0.week) } ?? .null,
            "levels": .object(levelMembers),
            "weeks": .array(a.weeks.map(week)),
            "fired_rules": .array(a.firedRules.map(firedRule)),
            "runs": .array(a.runs.map(run)),
            "skipped": .array(a.skipped.map(skipped)),
            "disclaimer": .string(ReportRenderer.disclaimer),
        ]
        return JSONValue.object(root).rendered()
    }

    static func firedRule(_ r: FiredRule) -> JSONValue {
        .object([
            "id": .string(r.id), "band": .string(r.band), "run_id": .string(r.runID), "date": .string(r.date),
            // Ratios keep 4 decimals so a value just above a band bound (1.1001) stays visibly above it.
            "value": .number(r.value, 4), "threshold": .number(r.threshold, 2), "baseline": .number(r.baseline, 1),
            "source": .string(r.source), "detail": .string(r.detail),
        ])
    }

    static func week(_ w: WeekAssessment) -> JSONValue {
        var scores: [String: JSONValue] = [:]
        for p in Presentation.allCases {
            let s = w.score(p)
            scores[p.rawValue] = .object([
                "level": .string((s?.level ?? .none).rawValue),
                "points": .integer(s?.points ?? 0),
                "rules": .array((s?.rules ?? []).map(JSONValue.string)),
            ])
        }
        return .object([
            "week": .string(w.week), "week_start": .string(w.weekStart), "coverage_days": .integer(w.coverageDays),
            "distance_km": .number(w.distanceKm, 2), "runs": .integer(w.runs), "scores": .object(scores),
        ])
    }

    static func run(_ r: RunMetrics) -> JSONValue {
        .object([
            "run_id": .string(r.runID), "start_time": .string(CalendarDay.timestamp(r.startTime)),
            "sport": .string(r.sport), "device": .string(r.device),
            "distance_m": .number(r.distanceM, 1), "duration_s": .number(r.durationS, 0),
            "moving_time_s": .number(r.movingTimeS, 0), "moving_pace_s_per_km": .number(r.movingPaceSPerKm, 1),
            "cadence_spm": .number(r.cadenceSPM, 1), "warnings": .array(r.warnings.map(JSONValue.string)),
        ])
    }

    static func skipped(_ s: SkippedInput) -> JSONValue {
        .object(["path": .string(s.path), "stage": .string(s.stage), "reason": .string(s.reason)])
    }
}
