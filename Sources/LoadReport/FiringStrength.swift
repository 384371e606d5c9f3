import GaitModel

extension FiredRule {
    /// How far the value went past its threshold, in the direction the rule fires: G1 low fires
    /// below its threshold (lower cadence is stronger), the others above. A ratio, so firings of one
    /// rule compare even when the threshold moves with the runner's own 4-week mean (D1, D2, ASC).
    var strength: Double {
        guard threshold > 0, value > 0 else { return abs(value - threshold) }
        return value >= threshold ? value / threshold : threshold / value
    }

    /// The strongest of `firings` (on ties the latest, then the last run id, so the choice is stable).
    static func strongest(_ firings: [FiredRule]) -> FiredRule? {
        firings.max { ($0.strength, $0.date, $0.runID) < ($1.strength, $1.date, $1.runID) }
    }
}
