/// Mean and standard deviation of one kinematic variable over strides, degrees.
public struct AngleStatistic: Sendable, Equatable {
    public var mean: Double
    /// Sample standard deviation (n − 1).
    public var sd: Double
    public var strides: Int

    public init(_ values: [Double]) {
        strides = values.count
        mean = values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
        let m = mean
        sd = values.count > 1 ? (values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count - 1)).squareRoot() : .nan
    }
}

/// K1–K4 of one side (DOMAIN.md "Kinematics"); nil where the file had no such channel.
public struct SideKinematics: Sendable, Equatable {
    public var side: Side
    public var strides: Int
    /// K1: peak hip adduction in stance.
    public var peakHipAdduction: AngleStatistic
    /// K2: contralateral pelvic drop at midstance.
    public var pelvicDropAtMidstance: AngleStatistic?
    /// K3: knee flexion at initial contact (lower = more extended = overstriding).
    public var kneeFlexionAtContact: AngleStatistic
    /// K4: peak knee and hip internal rotation in stance.
    public var peakKneeInternalRotation: AngleStatistic?
    public var peakHipInternalRotation: AngleStatistic?
}

/// A session's K1–K4 for each side that had the channels and enough strides.
public struct KinematicsSummary: Sendable, Equatable {
    public var file: String
    public var left: SideKinematics?
    public var right: SideKinematics?
    /// Sides left out and why (e.g. too few strides).
    public var notes: [String]

    public func side(_ side: Side) -> SideKinematics? { side == .left ? left : right }
}
