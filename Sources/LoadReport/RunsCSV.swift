import GaitModel

/// runs.csv (DESIGN.md "Fixed interfaces"): one row per activity, sorted by athlete, start time, run id.
/// cadence_matched_spm stays empty here: it is injury-scoring's season baseline (G1).
public enum RunsCSV {
    /// The fixed columns first, then this stage's extras. No trailing newline.
    public static let header = "athlete,run_id,start_time,sport,distance_m,moving_time_s,cadence_spm,"
        + "cadence_matched_spm,step_length_m,gct_ms,gct_balance_pct,vertical_oscillation_mm,ascent_m,descent_m,"
        + "trimp,duration_s,moving_pace_s_per_km,device"

    /// Header line plus one line per run, each ending in "\n".
    public static func document(_ assessment: Assessment) -> String {
        header + "\n" + rows(assessment)
    }

    /// The data lines only, for concatenating athletes under one header.
    public static func rows(_ assessment: Assessment) -> String {
        // One athlete per assessment: rows carry its id, ordered by start time then run id.
        let runs = assessment.runs.sorted { ($0.startTime, $0.runID) < ($1.startTime, $1.runID) }
        return runs.map { r in
            CSVField.line([
                assessment.athlete, r.runID, CalendarDay.timestamp(r.startTime),
                r.sport, FixedDecimal.string(r.distanceM, 1), FixedDecimal.string(r.movingTimeS, 0),
                FixedDecimal.string(r.cadenceSPM, 1),
                "",  // cadence_matched_spm: injury-scoring's season baseline
                FixedDecimal.string(r.stepLengthM, 3), FixedDecimal.string(r.gctMS, 1), FixedDecimal.string(r.gctBalancePct, 2),
                FixedDecimal.string(r.verticalOscillationMM, 1), FixedDecimal.string(r.ascentM, 1),
                FixedDecimal.string(r.descentM, 1), FixedDecimal.string(r.trimp, 1),
                FixedDecimal.string(r.durationS, 0), FixedDecimal.string(r.movingPaceSPerKm, 1), r.device,
            ])
        }.joined()
    }
}
