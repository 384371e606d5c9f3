/// A body side of a kinematics recording; `rawValue` is the column suffix (OpenSim's `_l`/`_r`).
public enum BodySide: String, Sendable, CaseIterable, Codable {
    case left = "l", right = "r"

    public var other: BodySide { self == .left ? .right : .left }
    /// `left` / `right`, for messages.
    public var word: String { self == .left ? "left" : "right" }
}

/// Mean and standard deviation of one kinematic variable over a session's strides, degrees.
public struct AngleStatistic: Sendable, Equatable {
    public var mean: Double
    /// Sample standard deviation (n − 1); NaN with fewer than two strides.
    public var sd: Double
    /// Strides the values came from.
    public var strides: Int

    public init(mean: Double, sd: Double, strides: Int) {
        self.mean = mean
        self.sd = sd
        self.strides = strides
    }

    /// The statistic of per-stride values.
    public init(_ values: [Double]) {
        strides = values.count
        let m = values.isEmpty ? Double.nan : values.reduce(0, +) / Double(values.count)
        mean = m
        sd = values.count > 1
            ? (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)).squareRoot() : .nan
    }
}

/// K1–K4 of one side over a session's strides (DOMAIN.md "Kinematics"); nil where the file had no
/// such channel. Angles in degrees, OpenSim signs: adduction, internal rotation and flexion positive.
public struct SideKinematics: Sendable, Equatable {
    public var side: BodySide
    /// Strides accepted and analysed: strike → next strike of this side with a toe-off between, and
    /// a stride time within 0.5–2 × the side's median (DOMAIN.md "Gait events from angles").
    public var strides: Int
    /// K1: peak hip adduction in stance.
    public var peakHipAdduction: AngleStatistic
    /// K2: contralateral pelvic drop at midstance of this side's stance (positive = the other side drops).
    public var pelvicDropAtMidstance: AngleStatistic?
    /// K3: knee flexion at initial contact (lower = more extended = overstriding).
    public var kneeFlexionAtContact: AngleStatistic
    /// K4: peak knee internal rotation in stance.
    public var peakKneeInternalRotation: AngleStatistic?
    /// K4: peak hip internal rotation in stance.
    public var peakHipInternalRotation: AngleStatistic?
    /// Strides left out of the K values above, in frame order, each with its frames and reason;
    /// `rejectedStrides.count` is the number rejected (DOMAIN.md: rejected strides are counted and listed).
    public var rejectedStrides: [RejectedStride]

    public init(side: BodySide, strides: Int, peakHipAdduction: AngleStatistic, pelvicDropAtMidstance: AngleStatistic?,
                kneeFlexionAtContact: AngleStatistic, peakKneeInternalRotation: AngleStatistic?,
                peakHipInternalRotation: AngleStatistic?, rejectedStrides: [RejectedStride] = []) {
        self.side = side
        self.strides = strides
        self.peakHipAdduction = peakHipAdduction
        self.pelvicDropAtMidstance = pelvicDropAtMidstance
        self.kneeFlexionAtContact = kneeFlexionAtContact
        self.peakKneeInternalRotation = peakKneeInternalRotation
        self.peakHipInternalRotation = peakHipInternalRotation
        self.rejectedStrides = rejectedStrides
    }
}

/// One lab or video kinematics session of an athlete (a file in `kinematics/`), summarised per
/// side by gait-metrics. injury-scoring reads these from `AthleteSeason.kinematics` (K1–K4).
public struct KinematicsSession: Sendable, Equatable {
    /// Path relative to the athlete folder, e.g. `kinematics/2026-03-10-treadmill.mot`.
    public var source: String
    public var athlete: String
    /// Day number (days since 1970-01-01 UTC) of the session, from a `YYYY-MM-DD` in the file name;
    /// nil when the name carries no date.
    public var day: Int64?
    /// Nil for a side without the channels or with fewer than the minimum strides (`notes` says why).
    public var left: SideKinematics?
    public var right: SideKinematics?
    /// Sides left out and why, channels detected rather than given (e.g. events from knee flexion).
    public var notes: [String]

    public init(source: String, athlete: String, day: Int64? = nil, left: SideKinematics? = nil,
                right: SideKinematics? = nil, notes: [String] = []) {
        self.source = source
        self.athlete = athlete
        self.day = day
        self.left = left
        self.right = right
        self.notes = notes
    }

    public func side(_ side: BodySide) -> SideKinematics? { side == .left ? left : right }
}
