import GaitModel

/// report.json: the whole assessment as sorted-key JSON with fixed decimals per field
/// (DESIGN.md "Determinism": byte-identical for the same inputs and params; no wall-clock time).
/// The schema is `REPORT_SCHEMA.md` beside this file; a field's meaning never changes within a
/// schema id — removing or redefining one makes a new id.
enum ReportJSON {
    /// /3: `symptom_match` gave way to `capped` and `site_reported` (DOMAIN.md S2), a removal.
    static let schema = "gaitpipe.report/3"

    static func document(_ a: Assessment) -> String {
        let facts = SeasonFacts(a)
        var current: [String: JSONValue] = [:]
        let levels = CurrentLevel.all(a)
        let summaries = NowSummary.all(a)
        for s in summaries {
            let firings = levels.first { $0.presentation == s.presentation }?.reasons.map(\.firing) ?? []
            // A capped presentation's firings stay, each marked with the site that capped it (DOMAIN.md S2).
            let cappedBy = JSONValue.array(s.cappedBy.map(JSONValue.string))
            let firingObjects = firings.map { f -> JSONValue in
                guard s.capped, case .object(var o) = firedRule(f) else { return firedRule(f) }
                o["capped_by"] = cappedBy
                return .object(o)
            }
            current[s.presentation.rawValue] = .object([
                "level": .string(s.level.rawValue), "points": .integer(s.points),
                "rules": .array(s.rules.map(JSONValue.string)), "capped": .bool(s.capped), "capped_by": cappedBy,
                "site_reported": .bool(s.siteReported),
                "headline": .string(s.headline), "reasons": .array(s.reasons.map(JSONValue.string)),
                "advice": .array(s.advice.map(JSONValue.string)), "avoid": .array(s.avoid.map(JSONValue.string)),
                "advice_source": .string(s.adviceSource), "firings": .array(firingObjects),
            ])
        }
        current["site_summary"] = .string(a.siteSummary)
        current["order"] = .array(summaries.map { .string($0.presentation.rawValue) })
        let days = a.days
        let root: [String: JSONValue] = [
            "schema": .string(schema),
            "athlete": .string(a.athlete),
            "as_of": .string(a.asOf),
            "latest_week": a.weeks.last.map { .string($0.week) } ?? .null,
            "season": .object([
                "first_day": .string(days.first?.date ?? a.runs.first.map { CalendarDay.date(CalendarDay.dayNumber($0.startTime)) } ?? ""),
                "last_day": .string(days.last?.date ?? a.asOf),
                "days": .integer(days.count),
                "active_days": .integer(days.filter { $0.state == .active }.count),
                "rest_days": .integer(days.filter { $0.state == .rest }.count),
                "untracked_days": .integer(days.filter { $0.state == .untracked }.count),
                "weeks": .integer(a.weeks.count),
                "activities": .integer(a.runs.count),
                "running_activities": .integer(facts.runningRuns),
                "coverage": .string(facts.coverageText),
            ]),
            "load_unit": .string(a.loadUnit),
            "devices": .array(facts.devices.map(JSONValue.string)),
            "notes": .array(a.notes.map(JSONValue.string)),
            "current": .object(current),
            "weeks": .array(a.weeks.map(week)),
            "days": .array(days.map(day)),
            "fired_rules": .array(a.firedRules.map(firedRule)),
            "runs": .array(a.runs.map(run)),
            "duplicates": .array(a.duplicates.map { d in
                .object(["run_id": .string(d.runID), "kept_run_id": .string(d.keptRunID), "overlap": .number(d.overlap, 3),
                         "reason": .string(d.reason)])
            }),
            "skipped": .array(a.skipped.map(skipped)),
            "baseline": baseline(a.baseline),
            "parameters": .array(a.parameters.map { .object(["name": .string($0.name), "value": .string($0.value)]) }),
            "kinematics_notes": .array(a.kinematicsNotes.map(JSONValue.string)),
            "disclaimer": .string(ReportRenderer.disclaimer),
        ]
        return JSONValue.object(root).rendered()
    }

    static func firedRule(_ r: FiredRule) -> JSONValue {
        .object([
            "id": .string(r.id), "band": .string(r.band), "run_id": .string(r.runID), "date": .string(r.date),
            // 4 decimals so a ratio just above a band bound (1.1001) stays visibly above it.
            "value": .number(r.value, 4), "threshold": .number(r.threshold, 4), "baseline": .number(r.baseline, 4),
            "unit": .string(r.unit), "source": .string(r.source), "design": .string(r.design), "detail": .string(r.detail),
            "presentations": .array(r.presentations.map { .string($0.rawValue) }),
            "points": .array(r.presentations.map { .integer(r.points(for: $0)) }),
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
                "capped": .bool(s?.capped ?? false),
            ])
        }
        return .object([
            "week": .string(w.week), "week_start": .string(w.weekStart), "coverage_days": .integer(w.coverageDays),
            "untracked_days": .integer(w.untrackedDays), "distance_km": .number(w.distanceKm, 2), "runs": .integer(w.runs),
            "load": .number(w.load, 2), "monotony": .number(w.monotony, 3), "strain": .number(w.strain, 2),
            "descent_m": .number(w.descentM, 1), "ascent_m": .number(w.ascentM, 1),
            "high_intensity_min": .number(w.highIntensityMin, 1), "jump_sessions": .integer(w.jumpSessions),
            "cadence_matched_spm": .number(w.cadenceMatchedSPM, 1), "scores": .object(scores),
            "sites": .array(w.sites.map(site)),
            "rules": .array(w.rules.map { r in
                .object(["id": .string(r.id), "status": .string(r.status.rawValue), "value": .number(r.value, 4),
                         "threshold": .number(r.threshold, 4), "baseline": .number(r.baseline, 4), "note": .string(r.note)])
            }),
        ])
    }

    static func site(_ s: SiteReport) -> JSONValue {
        .object([
            "site": .string(s.site.rawValue), "sides": .array(s.sides.map { .string($0.rawValue) }),
            "worst_pain": s.worstPain.map(JSONValue.integer) ?? .null, "days": .integer(s.days),
            "last_date": .string(s.lastDate), "aggravators": .array(s.aggravators.map { .string($0.rawValue) }),
        ])
    }

    static func day(_ d: DayLoad) -> JSONValue {
        .object([
            "date": .string(d.date), "state": .string(d.state.rawValue), "distance_km": .number(d.distanceKm, 2),
            "load": .number(d.load, 2), "acute": .number(d.acute, 2), "chronic": .number(d.chronic, 2),
            "acwr": .number(d.acwr, 3), "acwr_rolling": .number(d.acwrRolling, 3), "fitness": .number(d.fitness, 2),
            "fatigue": .number(d.fatigue, 2), "form": .number(d.form, 2), "estimated": .bool(d.estimated),
        ])
    }

    /// Every runs.csv column after `athlete`, with the same decimals, plus the lists CSV cannot hold.
    static func run(_ r: RunMetrics) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for column in RunsCSV.columns.dropFirst() {
            members[column.name] = column.json(r)
        }
        members["warnings"] = .array(r.warnings.map(JSONValue.string))
        members["profile_notes"] = .array(r.profileNotes.map(JSONValue.string))
        members["segments"] = .array(r.segments.map { s in
            .object(["kind": .string(s.kind.rawValue), "start_offset_s": .number(s.startOffsetS, 0),
                     "duration_s": .number(s.durationS, 0), "distance_m": .number(s.distanceM, 1),
                     "grade_pct": .number(s.gradePct, 1)])
        })
        return .object(members)
    }

    static func baseline(_ b: SeasonBaseline) -> JSONValue {
        let at = MatchedCadenceChart.baselines(b)
        return .object([
            "reference_speed_mps": .number(b.referenceSpeedMPS, 3), "cadence_intercept": .number(b.cadenceIntercept, 3),
            "cadence_slope": .number(b.cadenceSlope, 3), "step_length_intercept": .number(b.stepLengthIntercept, 4),
            "step_length_slope": .number(b.stepLengthSlope, 4), "runs_used": .integer(b.runsUsed),
            "cadence_at_reference_spm": .number(at.cadence, 1), "step_length_at_reference_m": .number(at.stepLength, 3),
        ])
    }

    static func skipped(_ s: SkippedInput) -> JSONValue {
        .object(["path": .string(s.path), "stage": .string(s.stage), "reason": .string(s.reason)])
    }
}
