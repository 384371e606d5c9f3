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
        var histogram: [Int: Double] = [:]
        var bins: [Int: (cadence: WeightedMean, step: WeightedMean)] = [:]
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
                histogram[Int((c / cadenceBinWidth).rounded(.down)), default: 0] += w
                let bin = Int((p.speed[i] / SpeedBin.width).rounded(.down))
                bins[bin, default: (WeightedMean(), WeightedMean())].cadence.add(c, weight: w)
                bins[bin, default: (WeightedMean(), WeightedMean())].step.add(step, weight: w)
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
        m.cadenceHistogram = histogram.keys.sorted().map {
            HistogramBin(lower: Double($0) * cadenceBinWidth, seconds: histogram[$0] ?? 0)
        }
        m.speedBins = bins.keys.sorted().compactMap { key in
            guard let bin = bins[key], bin.cadence.weight >= minimumBinSeconds, let c = bin.cadence.value else { return nil }
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
