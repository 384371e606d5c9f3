public import GaitModel

/// runs.csv (DESIGN.md "Fixed interfaces"): one row per activity, sorted by athlete, start time, run id.
/// The fixed columns come first; every further metric follows (REPORT_SCHEMA.md lists them). Numbers
/// have fixed decimals per column; missing is empty.
public enum RunsCSV {
    /// One column: its name, and its cell as CSV text and as JSON (report.json `runs[]` uses the same).
    struct Column: Sendable {
        enum Value: Sendable {
            case text(@Sendable (RunMetrics) -> String)
            case number(@Sendable (RunMetrics) -> Double?, places: Int)
            case integer(@Sendable (RunMetrics) -> Int?)
            case flag(@Sendable (RunMetrics) -> Bool)
        }

        var name: String
        var value: Value

        init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }

        func csv(_ r: RunMetrics) -> String {
            switch value {
            case .text(let f): f(r)
            case .number(let f, let places): FixedDecimal.string(f(r), places)
            case .integer(let f): f(r).map(String.init) ?? ""
            case .flag(let f): f(r) ? "true" : "false"
            }
        }

        func json(_ r: RunMetrics) -> JSONValue {
            switch value {
            case .text(let f): .string(f(r))
            case .number(let f, let places): .number(f(r), places)
            case .integer(let f): f(r).map(JSONValue.integer) ?? .null
            case .flag(let f): .bool(f(r))
            }
        }
    }

    /// Seconds in heart-rate zone `z` (1–5); nil without heart rate.
    private static func zone(_ z: Int) -> Column {
        Column("hr_z\(z)_s", .number({ r in r.hrZoneTimesS.count >= z ? r.hrZoneTimesS[z - 1] : nil }, places: 0))
    }

    private static func segments(_ kind: IntensitySegment.Kind, _ name: String) -> Column {
        Column(name, .integer { r in r.segments.filter { $0.kind == kind }.count })
    }

    /// Every column in order; `athlete` is the assessment's, the rest come from the run.
    static let columns: [Column] = [
        Column("athlete", .text(\.athlete)),
        // DESIGN.md's fixed prefix, in its order.
        Column("run_id", .text(\.runID)),
        Column("start_time", .text { CalendarDay.timestamp($0.startTime) }),
        Column("sport", .text(\.sport)),
        Column("distance_m", .number(\.distanceM, places: 1)),
        // Empty for an activity imported without samples (a FIT session of another sport).
        Column("moving_time_s", .number({ $0.quality.samples > 0 ? $0.movingTimeS : nil }, places: 0)),
        Column("cadence_spm", .number(\.cadenceSPM, places: 1)),
        Column("cadence_matched_spm", .number(\.cadenceMatchedSPM, places: 1)),
        Column("step_length_m", .number(\.stepLengthM, places: 3)),
        Column("gct_ms", .number(\.gctMS, places: 1)),
        Column("gct_balance_pct", .number(\.gctBalancePct, places: 2)),
        Column("vertical_oscillation_mm", .number(\.verticalOscillationMM, places: 1)),
        Column("ascent_m", .number(\.ascentM, places: 1)),
        Column("descent_m", .number(\.descentM, places: 1)),
        Column("trimp", .number(\.trimp, places: 1)),
        // Everything else.
        // Tenths: the watch writes milliseconds, and a short session must not be rounded 2 % off.
        Column("timer_time_s", .number(\.timerTimeS, places: 1)),
        Column("duration_s", .number(\.durationS, places: 0)),
        Column("moving_pace_s_per_km", .number(\.movingPaceSPerKm, places: 1)),
        Column("device", .text(\.device)),
        Column("step_length_matched_m", .number(\.stepLengthMatchedM, places: 3)),
        Column("step_length_native", .flag(\.stepLengthIsNative)),
        Column("average_pace_s_per_km", .number(\.averagePaceSPerKm, places: 1)),
        Column("paused_time_s", .number(\.pausedTimeS, places: 0)),
        Column("pause_count", .integer(\.pauseCount)),
        Column("cadence_sd_spm", .number(\.cadenceSDSPM, places: 1)),
        Column("vertical_ratio_pct", .number(\.verticalRatioPct, places: 2)),
        Column("power_w", .number(\.powerW, places: 1)),
        Column("descent_per_km", .number(\.descentPerKm, places: 1)),
        Column("downhill_time_s", .number(\.downhillTimeS, places: 0)),
        Column("uphill_time_s", .number(\.uphillTimeS, places: 0)),
        Column("longest_descent_m", .number(\.longestDescentM, places: 1)),
        Column("longest_descent_distance_m", .number(\.longestDescentDistanceM, places: 1)),
        zone(1), zone(2), zone(3), zone(4), zone(5),
        Column("faster_than_threshold_s", .number(\.fasterThanThresholdS, places: 0)),
        Column("high_intensity_s", .number(\.highIntensityS, places: 0)),
        Column("high_intensity_basis", .text(\.highIntensityBasis)),
        segments(.interval, "intervals"),
        segments(.stride, "strides"),
        segments(.sprint, "sprints"),
        Column("session_rpe_load", .number(\.sessionRPELoad, places: 1)),
        // The session's L3–L5 load in weeks.csv's load_unit; load_estimated marks an estimate (DOMAIN.md "Load units").
        Column("load", .number(\.load, places: 1)),
        Column("load_estimated", .flag(\.loadEstimated)),
        Column("samples", .integer(\.quality.samples)),
        Column("coverage", .number(\.quality.coverage, places: 3)),
        Column("heart_rate_coverage", .number(\.quality.heartRateCoverage, places: 3)),
        Column("gps_dropouts", .integer(\.quality.gpsDropouts)),
        Column("cadence_zeros", .integer(\.quality.cadenceZeros)),
        Column("implausible_removed", .integer(\.quality.implausibleRemoved)),
        Column("warnings", .text { $0.warnings.joined(separator: "; ") }),
        // Appended (issue 21): the shoe a bulk export names; empty when none.
        Column("gear", .text(\.gear)),
    ]

    /// The header line, without a newline.
    public static let header = columns.map(\.name).joined(separator: ",")

    /// The data lines only (no newline), for the runner's table of all athletes under one header.
    public static func rows(_ assessment: Assessment) -> [String] {
        let runs = assessment.runs.sorted { ($0.startTime, $0.runID) < ($1.startTime, $1.runID) }
        return runs.map { r in
            CSVField.row([assessment.athlete] + columns.dropFirst().map { $0.csv(r) })
        }
    }
}
