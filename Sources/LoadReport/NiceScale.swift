/// A y scale with round tick steps (1, 2 or 5 × 10ⁿ) so the axis reads easily.
struct NiceScale: Equatable {
    var lower: Double
    var upper: Double
    var step: Double

    /// From `lower` (usually 0) to at least `maximum`, about `ticks` intervals.
    init(lower: Double = 0, maximum: Double, ticks: Int = 4) {
        let lo = lower.isFinite ? lower : 0
        let hi = maximum.isFinite && maximum > lo ? maximum : lo + 1
        let step = Self.niceStep((hi - lo) / Double(max(1, ticks)))
        self.lower = (lo / step).rounded(.down) * step
        self.upper = (hi / step).rounded(.up) * step
        self.step = step
    }

    /// Spanning `values` (finite ones) and `include` (reference lines that must stay visible),
    /// padded to round numbers; for series that do not start at zero (cadence).
    static func spanning(_ values: [Double], include: [Double] = [], ticks: Int = 4) -> NiceScale {
        let all = (values + include).filter(\.isFinite)
        guard let lo = all.min(), let hi = all.max() else { return NiceScale(maximum: 1) }
        let pad = max((hi - lo) * 0.05, 0.5)
        return NiceScale(lower: lo - pad, maximum: hi + pad, ticks: ticks)
    }

    var ticks: [Double] {
        var out: [Double] = []
        var v = lower
        while v <= upper + step / 2 {
            out.append(v)
            v += step
        }
        return out
    }

    /// Tick text with as many decimals as the step needs.
    func label(_ v: Double) -> String {
        let places = step >= 1 ? 0 : step >= 0.1 ? 1 : 2
        return FixedDecimal.string(v, places)
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for m in [1.0, 2.0, 5.0] where m * magnitude >= raw { return m * magnitude }
        return 10 * magnitude
    }
}
