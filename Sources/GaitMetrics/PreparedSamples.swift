import GaitModel

/// One activity's channels after plausibility cleaning, with each sample's time weight and
/// moving/running state: the common input of every per-run analysis (one O(n) pass to build).
struct PreparedSamples {
    let count: Int
    let timestamp: [Int64]
    let distance: [Double]
    /// Recorded speed, else the distance covered since the previous sample ÷ its interval.
    let speed: [Double]
    let altitude: [Double]
    let heartRate: [Double]
    /// steps/min; 0 (pod lost contact) is kept as NaN and counted in `cadenceZeros`.
    let cadence: [Double]
    let stanceTime: [Double]
    let stanceBalance: [Double]
    let stepLengthMM: [Double]
    let verticalOscillation: [Double]
    let verticalRatio: [Double]
    let power: [Double]
    /// Seconds each sample stands for: the interval it closes, or 1 s after a pause or at the start
    /// (a 1 s recording weighs every sample 1; smart recording weighs by the time since the last one).
    let weight: [Double]
    /// The interval closing on this sample is part of the recording (not a pause longer than the gap limit).
    let closesInterval: [Bool]
    let moving: [Bool]
    /// Moving and the activity is a run: the samples gait means are taken over.
    let running: [Bool]
    let implausibleRemoved: Int
    let cadenceZeros: Int

    init(activity: Activity, movingSpeed: Double, maxGap: Double) {
        let s = activity.samples
        let n = s.count
        count = n
        timestamp = s.timestamp
        var removed = 0

        // A column shorter than the timestamps (a writer that lacks the channel) counts as missing.
        func column(_ values: [Double], _ range: ClosedRange<Double>, absent: Double? = nil) -> [Double] {
            guard values.count == n else { return [Double](repeating: .nan, count: n) }
            return values.map { PlausibleRange.clean($0, range, absent: absent, removed: &removed) }
        }

        distance = s.distance.count == n ? s.distance.map { $0.isFinite && $0 >= 0 ? $0 : .nan } : Array(repeating: .nan, count: n)
        altitude = column(s.altitude, PlausibleRange.altitudeM)
        heartRate = column(s.heartRate, PlausibleRange.heartRate, absent: 0)
        stanceTime = column(s.stanceTime, PlausibleRange.stanceTimeMS, absent: 0)
        stanceBalance = column(s.stanceTimeBalance, PlausibleRange.stanceBalancePct, absent: 0)
        stepLengthMM = column(s.stepLength, PlausibleRange.stepLengthMM, absent: 0)
        verticalOscillation = column(s.verticalOscillation, PlausibleRange.verticalOscillationMM, absent: 0)
        verticalRatio = column(s.verticalRatio, PlausibleRange.verticalRatioPct, absent: 0)
        power = column(s.power, PlausibleRange.powerW, absent: 0)

        var speed = [Double](repeating: .nan, count: n)
        var weight = [Double](repeating: 1, count: n)
        var closes = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let dt = i > 0 ? Double(s.timestamp[i] - s.timestamp[i - 1]) : 0
            if dt > 0, dt <= maxGap {
                closes[i] = true
                weight[i] = dt
            }
            if i < s.speed.count, s.speed[i].isFinite, s.speed[i] >= 0 {
                speed[i] = s.speed[i]
            } else if dt > 0, distance[i].isFinite, distance[i - 1].isFinite, distance[i] >= distance[i - 1] {
                // Watches without a speed channel still record cumulative distance.
                speed[i] = (distance[i] - distance[i - 1]) / dt
            }
            if speed[i].isFinite, !PlausibleRange.runningSpeed.contains(speed[i]) {
                speed[i] = .nan
                removed += 1
            }
        }
        let moving = speed.map { $0.isFinite && $0 >= movingSpeed }
        let running = activity.isRunning ? moving : [Bool](repeating: false, count: n)

        var zeros = 0
        var cadence = [Double](repeating: .nan, count: n)
        if s.cadence.count == n {
            for i in 0..<n {
                let c = s.cadence[i]
                if c == 0 {
                    if running[i] { zeros += 1 }
                } else {
                    cadence[i] = PlausibleRange.clean(c, PlausibleRange.cadenceSPM, removed: &removed)
                }
            }
        }
        self.speed = speed
        self.weight = weight
        self.closesInterval = closes
        self.moving = moving
        self.running = running
        self.cadence = cadence
        self.cadenceZeros = zeros
        self.implausibleRemoved = removed
    }
}
