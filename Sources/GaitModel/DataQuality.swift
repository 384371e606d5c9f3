/// What a run's samples were worth: coverage and what was removed, so the report can say so.
public struct DataQuality: Sendable, Equatable {
    /// Samples in the activity.
    public var samples: Int
    /// Seconds with a sample ÷ elapsed seconds (1 for a full 1 s recording; smart recording is lower).
    public var coverage: Double
    /// Fraction of moving samples carrying heart rate.
    public var heartRateCoverage: Double
    /// Stretches where distance stopped updating while time ran (≥ 5 s): lost GPS or pod signal.
    public var gpsDropouts: Int
    /// Moving samples whose cadence was 0 (pod lost contact), left out of cadence means.
    public var cadenceZeros: Int
    /// Values outside physiological ranges (e.g. GCT > 600 ms, HR > 230) removed before averaging.
    public var implausibleRemoved: Int

    public init(samples: Int = 0, coverage: Double = 0, heartRateCoverage: Double = 0, gpsDropouts: Int = 0,
                cadenceZeros: Int = 0, implausibleRemoved: Int = 0) {
        self.samples = samples
        self.coverage = coverage
        self.heartRateCoverage = heartRateCoverage
        self.gpsDropouts = gpsDropouts
        self.cadenceZeros = cadenceZeros
        self.implausibleRemoved = implausibleRemoved
    }
}
