public import GaitModel

/// Turns one imported activity's per-second samples into the compact per-run facts the scorer needs.
/// Every pass is linear in the number of samples (issue 4, "Performance").
public enum RunMetricsCalculator {
    public static let paramSpecs: [ParamSpec] = [
        ParamSpec(name: "moving_speed_mps", kind: .number, defaultValue: "1.0", minimum: 0, maximum: 10,
                  summary: "Speed (m/s) at or above which a sample counts as moving"),
        ParamSpec(name: "max_sample_gap_s", kind: .number, defaultValue: "30", minimum: 1, maximum: 3600,
                  summary: "Gaps between samples longer than this (s) are recording pauses, not moving time"),
        ParamSpec(name: "altitude_window_m", kind: .number, defaultValue: "15", minimum: 5, maximum: 100,
                  summary: "Distance window (m) over which altitude is smoothed before ascent/descent (DOMAIN.md: 10–20 m)"),
    ]

    /// Stops shorter than this are traffic lights, not pauses worth counting.
    static let minimumPauseS = 10.0
    /// Distance frozen this long while time runs is a lost GPS or pod signal.
    static let dropoutS = 5.0

    /// All per-run metrics of one activity.
    ///
    /// - Distance: last − first valid cumulative distance; without one, speed integrated over the
    ///   sample intervals (pauses excluded).
    /// - Moving time: the sum of sample intervals whose closing sample moves at ≥ `moving_speed_mps`.
    /// - Means are time-weighted over running samples (each sample weighs the interval it closes), so
    ///   1 s and smart recording agree; the importer already converted FIT strides/min to steps/min.
    /// - `profile` (athlete.yaml, defaults filled) drives zones, threshold, TRIMP and session RPE.
    public static func metrics(for activity: Activity, profile: AthleteProfile = AthleteProfile(), params: ResolvedParams) -> RunMetrics {
        let s = activity.samples
        let movingSpeed = finiteOr(params.number("moving_speed_mps"), 1.0)
        let maxGap = finiteOr(params.number("max_sample_gap_s"), 30)
        let window = finiteOr(params.number("altitude_window_m"), 15)
        let p = PreparedSamples(activity: activity, movingSpeed: movingSpeed, maxGap: maxGap)
        var warnings = activity.warnings

        let n = p.count
        let duration = n > 1 ? Double(max(0, s.timestamp[n - 1] - s.timestamp[0])) : 0

        var movingTime = 0.0, recorded = 0.0, integrated = 0.0
        var integratedAny = false
        var pauseCount = 0, stopped = 0.0
        var dropouts = 0, frozen = 0.0, lastDistance = Double.nan
        var movingSamples = 0, movingWithHR = 0
        for i in 0..<n {
            if p.moving[i] {
                movingSamples += 1
                if p.heartRate[i].isFinite { movingWithHR += 1 }
            }
            guard i > 0 else { lastDistance = p.distance[0]; continue }
            let dt = Double(s.timestamp[i] - s.timestamp[i - 1])
            // A stop: a recording gap, or samples below moving speed, adding up to ≥ 10 s.
            if p.closesInterval[i], p.moving[i] {
                if stopped >= minimumPauseS { pauseCount += 1 }
                stopped = 0
            } else if dt > 0 {
                stopped += dt
            }
            // A dropout: distance missing or frozen while moving for ≥ 5 s.
            if p.moving[i], !(p.distance[i] > lastDistance) {
                frozen += dt
                if frozen >= dropoutS, frozen - dt < dropoutS { dropouts += 1 }
            } else {
                frozen = 0
            }
            if p.distance[i].isFinite { lastDistance = p.distance[i] }
            // A long gap is an auto-pause or a stopped recording: the runner's speed across it is unknown.
            guard p.closesInterval[i] else { continue }
            recorded += dt
            guard p.speed[i].isFinite else { continue }
            integrated += p.speed[i] * dt
            integratedAny = true
            if p.moving[i] { movingTime += dt }
        }
        if stopped >= minimumPauseS { pauseCount += 1 }

        let validDistances = p.distance.filter(\.isFinite)
        let distance: Double
        if let first = validDistances.first, let last = validDistances.last, validDistances.count > 1 {
            distance = max(0, last - first)
        } else if integratedAny {
            distance = integrated
        } else {
            distance = 0
            if n > 0 { warnings.append("no distance or speed samples: distance set to 0") }
        }

        var m = RunMetrics(runID: activity.runID, athlete: activity.athlete, startTime: activity.startTime,
                           sport: activity.sport, device: activity.device, distanceM: distance,
                           durationS: duration, movingTimeS: movingTime,
                           movingPaceSPerKm: distance > 0 && movingTime > 0 ? movingTime / (distance / 1000) : nil,
                           warnings: warnings)
        m.damaged = activity.damaged
        m.gear = activity.gear
        m.timerTimeS = activity.summary.flatMap { $0.timerTime.isNaN ? nil : $0.timerTime }
        m.pausedTimeS = max(0, duration - movingTime)
        m.pauseCount = pauseCount
        m.averagePaceSPerKm = distance > 0 && duration > 0 ? duration / (distance / 1000) : nil

        if activity.isRunning { GaitAnalysis.apply(p, to: &m) }
        let grades = TerrainAnalysis.apply(p, window: window, to: &m)
        IntensityAnalysis.apply(p, profile: profile, grades: grades, to: &m)
        SessionLoad.apply(activity, profile: profile, recordedSeconds: recorded, to: &m)

        m.quality = DataQuality(samples: n, coverage: duration > 0 ? min(1, Double(n) / (duration + 1)) : (n > 0 ? 1 : 0),
                                heartRateCoverage: movingSamples > 0 ? Double(movingWithHR) / Double(movingSamples) : 0,
                                gpsDropouts: dropouts, cadenceZeros: p.cadenceZeros,
                                implausibleRemoved: p.implausibleRemoved)
        return m
    }

    private static func finiteOr(_ v: Double, _ fallback: Double) -> Double { v.isFinite ? v : fallback }
}
