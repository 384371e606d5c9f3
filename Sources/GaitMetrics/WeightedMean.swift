/// A running time-weighted mean and standard deviation (West 1979's incremental update, which
/// stays accurate where Σx² − (Σx)²/n cancels).
struct WeightedMean {
    private(set) var weight = 0.0
    private(set) var mean = 0.0
    private var m2 = 0.0

    mutating func add(_ x: Double, weight w: Double) {
        guard x.isFinite, w > 0 else { return }
        weight += w
        let delta = x - mean
        mean += delta * w / weight
        m2 += w * delta * (x - mean)
    }

    var value: Double? { weight > 0 ? mean : nil }
    var standardDeviation: Double? { weight > 0 ? (m2 / weight).squareRoot() : nil }
}
