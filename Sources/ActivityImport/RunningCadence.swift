import GaitModel

/// DOMAIN.md's cadence rule (GoldenCheetah's "Fix Running Cadence"): running cadence is stored as
/// strides/min by FIT devices, but some writers store steps/min. Nobody runs faster than 2 m/s at
/// fewer than 120 steps/min, so a lower median at speed there means strides.
enum RunningCadence {
    static let minimumRunningSpeed = 2.0
    static let stepsThreshold = 120.0

    /// Median cadence of samples faster than 2 m/s (all positive cadences when no speed is known);
    /// nil without any cadence.
    static func median(cadence: [Double], speed: [Double]) -> Double? {
        var moving = zip(cadence, speed).filter { $0.1 > minimumRunningSpeed && $0.0 > 0 }.map(\.0)
        if moving.isEmpty, !speed.contains(where: { $0 > minimumRunningSpeed }) {
            moving = cadence.filter { $0 > 0 }
        }
        guard !moving.isEmpty else { return nil }
        let mid = moving.count / 2
        let upper = kthSmallest(&moving, mid)
        // Below `mid` lie the `mid` smallest, in some order: the largest of them is the lower middle.
        return moving.count % 2 == 1 ? upper : ((moving[..<mid].max() ?? upper) + upper) / 2
    }

    /// The `k`-th smallest (from 0) of `values`, which are reordered so that every value before
    /// index `k` is at most it and every value after at least it: Hoare's quickselect, linear in
    /// the expected case. Sorting each run's cadence for its median was 5 % of a season's CPU.
    static func kthSmallest(_ values: inout [Double], _ k: Int) -> Double {
        precondition(values.indices.contains(k))
        var low = 0, high = values.count - 1
        while low < high {
            let a = values[low], b = values[(low + high) / 2], c = values[high]
            let pivot = max(min(a, b), min(max(a, b), c))
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return values[k]
    }

    /// True when the cadence column holds strides/min and must be doubled to steps/min.
    static func isStrides(cadence: [Double], speed: [Double]) -> Bool {
        median(cadence: cadence, speed: speed).map { $0 < stepsThreshold } ?? false
    }

    /// Running samples' cadence to steps/min: doubled when it is strides/min; a note in `warnings`
    /// when it already was steps/min (the FIT and TCX paths).
    static func toSteps(_ columns: inout SampleColumns, path: String, warnings: inout [String]) {
        if isStrides(cadence: columns.cadence, speed: columns.speed) {
            columns.cadence = columns.cadence.map { $0 * 2 }
        } else if let median = median(cadence: columns.cadence, speed: columns.speed) {
            warnings.append("\(path): running cadence already in steps/min (median \(Int(median.rounded())) ≥ 120 above 2 m/s); not doubled")
        }
    }
}
