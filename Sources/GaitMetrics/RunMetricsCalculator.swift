import GaitModel

/// Turns one imported activity's per-second samples into the compact per-run facts the scorer needs.
public enum RunMetricsCalculator {
    public static let paramSpecs: [ParamSpec] = [
        ParamSpec(name: "moving_speed_mps", kind: .number, defaultValue: "1.0", minimum: 0, maximum: 10,
                  summary: "Speed (m/s) at or above which a sample counts as moving"),
        ParamSpec(name: "max_sample_gap_s", kind: .number, defaultValue: "30", minimum: 1, maximum: 3600,
                  summary: "Gaps between samples longer than this (s) are recording pauses, not moving time"),
    ]

    /// Distance, duration, moving time, moving pace and mean cadence of one activity.
    ///
    /// - Distance: last − first valid cumulative distance; without one, speed integrated over the
    ///   sample intervals (pauses excluded).
    /// - Moving time: the sum of sample intervals whose closing sample moves at ≥ `moving_speed_mps`.
    /// - Moving pace: moving time ÷ distance in km (nil without distance or moving time).
    /// - Cadence: mean over moving samples with cadence > 0, running only (the importer already
    ///   converted FIT strides/min to steps/min, DOMAIN.md "Inputs").
    public static func metrics(for activity: Activity, params: ResolvedParams) -> RunMetrics {
        let s = activity.samples
        let movingSpeed = finiteOr(params.number("moving_speed_mps"), 1.0)
        let maxGap = finiteOr(params.number("max_sample_gap_s"), 30)
        var warnings = activity.warnings

        let n = s.count
        let duration = n > 1 ? Double(max(0, s.timestamp[n - 1] - s.timestamp[0])) : 0

        // The speed each sample moved at: the recorded speed, else the distance covered since the
        // previous sample (watches without a speed channel still record cumulative distance).
        var speed = [Double](repeating: .nan, count: n)
        for i in 0..<n {
            if let v = value(s.speed, i), v >= 0 {
                speed[i] = v
            } else if i > 0, let d1 = value(s.distance, i), let d0 = value(s.distance, i - 1) {
                let dt = Double(s.timestamp[i] - s.timestamp[i - 1])
                if dt > 0, d1 >= d0 { speed[i] = (d1 - d0) / dt }
            }
        }

        var movingTime = 0.0
        var integrated = 0.0
        var integratedAny = false
        for i in 1..<max(n, 1) {
            let dt = Double(s.timestamp[i] - s.timestamp[i - 1])
            // A long gap is an auto-pause or a stopped recording: the runner's speed across it is unknown.
            guard dt > 0, dt <= maxGap, speed[i].isFinite else { continue }
            integrated += speed[i] * dt
            integratedAny = true
            if speed[i] >= movingSpeed { movingTime += dt }
        }

        let validDistances = s.distance.filter { $0.isFinite && $0 >= 0 }
        let distance: Double
        if let first = validDistances.first, let last = validDistances.last, validDistances.count > 1 {
            distance = max(0, last - first)
        } else if integratedAny {
            distance = integrated
        } else {
            distance = 0
            if n > 0 { warnings.append("no distance or speed samples: distance set to 0") }
        }

        let pace: Double? = distance > 0 && movingTime > 0 ? movingTime / (distance / 1000) : nil

        var cadence: Double?
        if activity.isRunning {
            var sum = 0.0
            var count = 0
            for i in 0..<n where speed[i].isFinite && speed[i] >= movingSpeed {
                if let c = value(s.cadence, i), c > 0 {
                    sum += c
                    count += 1
                }
            }
            cadence = count > 0 ? sum / Double(count) : nil
        }

        return RunMetrics(runID: activity.runID, athlete: activity.athlete, startTime: activity.startTime,
                          sport: activity.sport, device: activity.device, distanceM: distance,
                          durationS: duration, movingTimeS: movingTime, movingPaceSPerKm: pace,
                          cadenceSPM: cadence, warnings: warnings)
    }

    /// A column's value at `i` when the column has it and it is not missing.
    private static func value(_ column: [Double], _ i: Int) -> Double? {
        i < column.count && column[i].isFinite ? column[i] : nil
    }

    private static func finiteOr(_ v: Double, _ fallback: Double) -> Double { v.isFinite ? v : fallback }
}
