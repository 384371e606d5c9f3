/// Physiological ranges outside which a sample value is a sensor error, not a measurement.
/// Removed values are counted in `DataQuality.implausibleRemoved` (issue 4: "e.g. GCT > 600 ms").
enum PlausibleRange {
    /// Running ground contact 150–350 ms is typical; walking-pace jogging reaches ~500 ms. 600 ms is
    /// the cut-off, and below 100 ms no foot is on the ground long enough to push.
    static let stanceTimeMS = 100.0...600.0
    /// Left/right balance beyond 30/70 % is a pod that lost one foot.
    static let stanceBalancePct = 30.0...70.0
    static let stepLengthMM = 200.0...3_000.0
    static let verticalOscillationMM = 20.0...250.0
    static let verticalRatioPct = 2.0...25.0
    static let powerW = 1.0...1_500.0
    /// Running cadence, steps/min (world-class sprinters reach ~280).
    static let cadenceSPM = 1.0...280.0
    static let heartRate = 25.0...240.0
    /// m/s: faster than 12 m/s (43 km/h) on foot is a GPS jump.
    static let runningSpeed = 0.0...12.0
    static let altitudeM = -500.0...9_000.0

    /// `value` when inside `range`; NaN otherwise. `absent` (e.g. 0 written for "not measured") and
    /// NaN pass through as NaN without counting as removed.
    static func clean(_ value: Double, _ range: ClosedRange<Double>, absent: Double? = nil,
                      removed: inout Int) -> Double {
        guard value.isFinite, value != absent else { return .nan }
        if range.contains(value) { return value }
        removed += 1
        return .nan
    }
}
