/// A stretch of a run faster than the athlete's threshold (DOMAIN.md Definitions, D2).
public struct IntensitySegment: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// ≥ 60 s continuously faster than threshold speed.
        case interval
        /// 10–60 s faster than 110 % of threshold speed, on the flat.
        case stride
        /// 10–60 s faster than 110 % of threshold speed at ≥ 125 % of it, or uphill (≥ +3 %): a (hill) sprint.
        case sprint
    }

    public var kind: Kind
    /// Seconds from the run's first sample.
    public var startOffsetS: Double
    public var durationS: Double
    public var distanceM: Double
    /// Mean grade, %, NaN without altitude.
    public var gradePct: Double

    public init(kind: Kind, startOffsetS: Double, durationS: Double, distanceM: Double, gradePct: Double) {
        self.kind = kind
        self.startOffsetS = startOffsetS
        self.durationS = durationS
        self.distanceM = distanceM
        self.gradePct = gradePct
    }

    /// Mean speed, m/s.
    public var speedMPS: Double { durationS > 0 ? distanceM / durationS : 0 }

    public static func == (a: Self, b: Self) -> Bool {
        a.kind == b.kind && a.startOffsetS == b.startOffsetS && a.durationS == b.durationS
            && a.distanceM == b.distanceM && (a.gradePct == b.gradePct || (a.gradePct.isNaN && b.gradePct.isNaN))
    }
}
