import GaitModel

/// Cadence, step length and running dynamics while running (G1–G3 inputs): time-weighted means
/// over running samples, the cadence distribution, and cadence/step length per speed bin.
enum GaitAnalysis {
    /// Cadence histogram bin width, steps/min.
    static let cadenceBinWidth = 5.0
    /// Speed bins with less running than this are noise (a few seconds of acceleration), not a pace.
    static let minimumBinSeconds = 5.0

    static func apply(_ p: PreparedSamples, to m: inout RunMetrics) {
        var cadence = WeightedMean(), stepLength = WeightedMean(), gct = WeightedMean(), balance = WeightedMean()
        var oscillation = WeightedMean(), ratio = WeightedMean(), power = WeightedMean()
        var histogram = KeyedSums<Double>()
        var bins = KeyedSums<(cadence: WeightedMean, step: WeightedMean)>()
        var nativeSteps = 0.0, runningSeconds = 0.0

        for i in 0..<p.count where p.running[i] {
            let w = p.weight[i]
            runningSeconds += w
            let c = p.cadence[i]
            // Step length: the watch's own when recorded, else speed × 60 ÷ cadence (issue 4).
            var step = p.stepLengthMM[i] / 1000
            if step.isFinite { nativeSteps += w } else if c.isFinite { step = p.speed[i] * 60 / c }
            if c.isFinite {
                cadence.add(c, weight: w)
                if let key = KeyedSums<Double>.key(c / cadenceBinWidth) {
                    histogram.update(key, default: 0) { $0 += w }
                }
                if let key = KeyedSums<Double>.key(p.speed[i] / SpeedBin.width) {
                    bins.update(key, default: (WeightedMean(), WeightedMean())) {
                        $0.cadence.add(c, weight: w)
                        $0.step.add(step, weight: w)
                    }
                }
            }
            stepLength.add(step, weight: w)
            gct.add(p.stanceTime[i], weight: w)
            balance.add(p.stanceBalance[i], weight: w)
            oscillation.add(p.verticalOscillation[i], weight: w)
            ratio.add(p.verticalRatio[i], weight: w)
            power.add(p.power[i], weight: w)
        }

        m.cadenceSPM = cadence.value
        m.cadenceSDSPM = cadence.standardDeviation
        m.cadenceHistogram = histogram.sorted.map {
            HistogramBin(lower: Double($0.key) * cadenceBinWidth, seconds: $0.value)
        }
        m.speedBins = bins.sorted.compactMap { key, bin in
            guard bin.cadence.weight >= minimumBinSeconds, let c = bin.cadence.value else { return nil }
            return SpeedBin(lowerMPS: Double(key) * SpeedBin.width, seconds: bin.cadence.weight, cadenceSPM: c,
                            stepLengthM: bin.step.value ?? .nan)
        }
        m.stepLengthM = stepLength.value
        m.stepLengthIsNative = runningSeconds > 0 && nativeSteps >= runningSeconds / 2
        m.gctMS = gct.value
        m.gctBalancePct = balance.value
        m.verticalOscillationMM = oscillation.value
        m.verticalRatioPct = ratio.value
        m.powerW = power.value
    }
}

/// Sums per integer key, as a dictionary would keep them, with the keys every run has (cadence bins
/// of 5 steps/min, speed bins) in an array: three dictionary lookups per sample were 3 % of a
/// season's CPU.
struct KeyedSums<Value> {
    private var dense: [Value?] = Array(repeating: nil, count: 128)
    private var sparse: [Int: Value] = [:]

    /// The bin of `x` (rounded down), nil when it is not a number or too large to be a bin.
    static func key(_ x: Double) -> Int? {
        let k = x.rounded(.down)
        return k.isFinite && abs(k) < 1e15 ? Int(k) : nil
    }

    mutating func update(_ key: Int, default value: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        if key >= 0 && key < dense.count {
            if dense[key] == nil { dense[key] = value() }
            body(&dense[key]!)
        } else {
            body(&sparse[key, default: value()])
        }
    }

    /// Every key updated, in increasing order, with its value.
    var sorted: [(key: Int, value: Value)] {
        let inArray = dense.indices.compactMap { k in dense[k].map { (key: k, value: $0) } }
        return (inArray + sparse.map { (key: $0.key, value: $0.value) }).sorted { $0.key < $1.key }
    }
}
