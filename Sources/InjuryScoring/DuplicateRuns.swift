public import GaitModel

/// DOMAIN.md "Definitions": activities of one athlete overlapping > 50 % in time are one run — keep
/// the complete one (not truncated, CRC intact), then the one with more sample columns; list the
/// other as a duplicate; never count both.
public enum DuplicateRuns {
    public static let overlapShare = 0.5

    /// Measured channels of a run (the "sample columns" it was recorded with).
    public static func columns(_ r: RunMetrics) -> Int {
        [r.cadenceSPM != nil, r.gctMS != nil, r.gctBalancePct != nil, r.verticalOscillationMM != nil,
         r.verticalRatioPct != nil, r.powerW != nil, r.ascentM != nil, !r.hrZoneTimesS.isEmpty,
         r.stepLengthIsNative].filter { $0 }.count
    }

    /// Share of the shorter activity's time covered by both.
    public static func overlap(_ a: RunMetrics, _ b: RunMetrics) -> Double {
        let aEnd = Double(a.startTime) + a.durationS, bEnd = Double(b.startTime) + b.durationS
        let shared = min(aEnd, bEnd) - Double(max(a.startTime, b.startTime))
        let shorter = min(a.durationS, b.durationS)
        guard shared > 0, shorter > 0 else { return 0 }
        return shared / shorter
    }

    /// The file a run was imported from: its run id up to the session suffix (`path#n`, `path#sport`).
    static func file(_ r: RunMetrics) -> Substring {
        r.runID[..<(r.runID.lastIndex(of: "#") ?? r.runID.endIndex)]
    }

    /// Two activities are one run recorded twice when they overlap by more than `overlapShare` —
    /// unless they are sessions of different sports in one file: the legs of a multisport
    /// recording (a watch may write a leg whose elapsed time runs past the next leg's start).
    static func sameRun(_ a: RunMetrics, _ b: RunMetrics) -> Bool {
        guard overlap(a, b) > overlapShare else { return false }
        return a.sport == b.sport || file(a) != file(b)
    }

    /// Why `kept` won over `dropped`, in DOMAIN.md's order.
    static func reason(kept: RunMetrics, dropped: RunMetrics) -> String {
        if dropped.damaged && !kept.damaged { return "this recording is damaged (truncated or CRC mismatch); the kept one is complete" }
        let (k, d) = (columns(kept), columns(dropped))
        if k != d { return "the kept recording has more sample columns (\(k) vs \(d))" }
        if kept.durationS != dropped.durationS { return "the kept recording is longer" }
        return "the same columns and length: the earlier run id is kept"
    }

    /// Activities kept (sorted by start time, run id) and the duplicates left out.
    public static func merge(_ activities: [RunMetrics]) -> (kept: [RunMetrics], duplicates: [DuplicateRun]) {
        let sorted = activities.sorted { ($0.startTime, $0.runID) < ($1.startTime, $1.runID) }
        // Preference: complete, then more columns, then longer, then the earlier run id (deterministic).
        func better(_ a: RunMetrics, _ b: RunMetrics) -> Bool {
            (a.damaged ? 0 : 1, columns(a), a.durationS, b.runID) > (b.damaged ? 0 : 1, columns(b), b.durationS, a.runID)
        }
        var kept: [RunMetrics] = []
        var duplicates: [DuplicateRun] = []
        for run in sorted {
            if let i = kept.lastIndex(where: { sameRun($0, run) }) {
                let share = overlap(kept[i], run)
                if better(run, kept[i]) {
                    duplicates.append(DuplicateRun(runID: kept[i].runID, keptRunID: run.runID, overlap: share,
                                                   reason: reason(kept: run, dropped: kept[i])))
                    kept[i] = run
                } else {
                    duplicates.append(DuplicateRun(runID: run.runID, keptRunID: kept[i].runID, overlap: share,
                                                   reason: reason(kept: kept[i], dropped: run)))
                }
                continue
            }
            kept.append(run)
        }
        kept.sort { ($0.startTime, $0.runID) < ($1.startTime, $1.runID) }
        return (kept, duplicates.sorted { $0.runID < $1.runID })
    }
}
