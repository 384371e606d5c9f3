import GaitModel

/// Session facts for any sport: sub-sport, exercise categories, and the session-RPE load
/// (Foster 2001: RPE × minutes). Non-running sessions (strength, plyometrics) carry no samples, so
/// their duration and distance come from the FIT session message; injury-scoring counts them as
/// D2 jump sessions and adds their load.
enum SessionLoad {
    /// RPE precedence: athlete.yaml `session_rpe` for the run id (the athlete's own log, possibly a
    /// correction), else the FIT session's workout_rpe (entered on the watch after the session),
    /// else none. Minutes: the recorded time between samples (pauses excluded), or the session
    /// message's duration when the activity has no samples.
    static func apply(_ activity: Activity, profile: AthleteProfile, recordedSeconds: Double, to m: inout RunMetrics) {
        let summary = activity.summary
        m.subSport = activity.subSport.isEmpty ? summary?.subSport ?? "" : activity.subSport
        m.exerciseCategories = summary?.exerciseCategories ?? []
        if activity.samples.timestamp.isEmpty, let summary {
            if summary.duration.isFinite, summary.duration > 0 { m.durationS = summary.duration }
            if summary.distance.isFinite, summary.distance > 0 { m.distanceM = summary.distance }
        }
        if let rpe = profile.sessionRPE[m.runID] {
            (m.sessionRPE, m.sessionRPESource) = (rpe, "athlete.yaml")
        } else if let rpe = summary?.rpe, rpe.isFinite, (0...10).contains(rpe) {
            (m.sessionRPE, m.sessionRPESource) = (rpe, "fit")
        }
        guard let rpe = m.sessionRPE else { return }
        let seconds = recordedSeconds > 0 ? recordedSeconds : m.durationS
        m.sessionRPELoad = rpe * seconds / 60
    }
}
