import GaitModel

/// Hand-built activities for tests: 1 s samples with chosen speed, altitude and channels.
enum SyntheticRun {
    static let start: Int64 = 1_772_438_400  // 2026-03-02T08:00:00Z

    /// `speed[i]` m/s for each second; distance integrates it; other channels from closures.
    static func activity(speed: [Double], sport: String = "running", altitude: ((Double) -> Double)? = nil,
                         cadence: ((Double) -> Double)? = nil, heartRate: Double = .nan) -> Activity {
        var distance: [Double] = []
        var d = 0.0
        for v in speed {
            distance.append(d)
            d += v
        }
        let n = speed.count
        let samples = SampleColumns(
            timestamp: (0..<n).map { start + Int64($0) }, distance: distance, speed: speed,
            altitude: altitude.map { f in distance.map(f) } ?? Array(repeating: .nan, count: n),
            heartRate: Array(repeating: heartRate, count: n),
            cadence: cadence.map { f in speed.map(f) } ?? Array(repeating: .nan, count: n))
        return Activity(runID: "r.fit", athlete: "a", sport: sport, startTime: start, samples: samples)
    }
}
