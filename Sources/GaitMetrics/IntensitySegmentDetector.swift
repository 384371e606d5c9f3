import GaitModel

/// Finds interval, stride and sprint segments in a run (DOMAIN.md Definitions: "strides/sprints =
/// segments ≥ 10 s faster than 110 % of threshold speed"; intervals are ≥ 60 s faster than threshold).
struct IntensitySegmentDetector {
    let thresholdSpeed: Double
    /// Shortest stride or sprint, and the length from which a fast stretch is an interval, seconds.
    static let minimumStrideS = 10.0
    static let minimumIntervalS = 60.0
    /// Speed is averaged over ±2 samples first so that one noisy GPS sample neither starts nor splits a segment.
    static let smoothingRadius = 2
    /// A stride at ≥ 125 % of threshold speed, or uphill at ≥ +3 %, is a sprint (hill sprints load the
    /// tendon most: Malliaras 2015).
    static let sprintSpeedFactor = 1.25
    static let sprintGrade = 0.03

    func segments(_ p: PreparedSamples) -> [IntensitySegment] {
        let smooth = Self.movingAverage(p.speed, radius: Self.smoothingRadius)
        var found: [IntensitySegment] = []
        // Intervals: ≥ 60 s above threshold speed.
        for range in stretches(smooth, p, above: thresholdSpeed) {
            let segment = summary(range, p, kind: .interval)
            if segment.durationS >= Self.minimumIntervalS { found.append(segment) }
        }
        // Strides and sprints: 10–60 s above 110 % of threshold speed, not inside an interval.
        for range in stretches(smooth, p, above: 1.1 * thresholdSpeed) {
            var segment = summary(range, p, kind: .stride)
            guard segment.durationS >= Self.minimumStrideS, segment.durationS < Self.minimumIntervalS,
                  !found.contains(where: { $0.kind == .interval && Self.overlaps($0, segment) }) else { continue }
            if segment.speedMPS >= Self.sprintSpeedFactor * thresholdSpeed
                || (segment.gradePct.isFinite && segment.gradePct >= 100 * Self.sprintGrade) {
                segment.kind = .sprint
            }
            found.append(segment)
        }
        return found.sorted { $0.startOffsetS < $1.startOffsetS }
    }

    /// Maximal index ranges of consecutive recorded, moving samples faster than `speed`.
    private func stretches(_ smooth: [Double], _ p: PreparedSamples, above speed: Double) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        var start: Int?
        for i in 0...p.count {
            let fast = i < p.count && smooth[i] > speed && p.moving[i] && (start == nil || p.closesInterval[i])
            if fast, start == nil { start = i }
            if !fast, let s = start {
                result.append(s...(i - 1))
                start = nil
                if i < p.count, smooth[i] > speed, p.moving[i] { start = i }  // a pause split the stretch
            }
        }
        return result
    }

    private func summary(_ range: ClosedRange<Int>, _ p: PreparedSamples, kind: IntensitySegment.Kind) -> IntensitySegment {
        var duration = 0.0, distance = 0.0
        for i in range {
            duration += p.weight[i]
            distance += p.speed[i] * p.weight[i]
        }
        var grade = Double.nan
        let a = range.lowerBound, b = range.upperBound
        let run = p.distance[b] - p.distance[a]
        if run > 0, p.altitude[a].isFinite, p.altitude[b].isFinite {
            grade = 100 * (p.altitude[b] - p.altitude[a]) / run
        }
        return IntensitySegment(kind: kind, startOffsetS: Double(p.timestamp[a] - p.timestamp[0]), durationS: duration, distanceM: distance, gradePct: grade)
    }

    private static func overlaps(_ a: IntensitySegment, _ b: IntensitySegment) -> Bool {
        a.startOffsetS < b.startOffsetS + b.durationS && b.startOffsetS < a.startOffsetS + a.durationS
    }

    /// Centered moving average over finite values (O(n) with a running sum).
    static func movingAverage(_ values: [Double], radius: Int) -> [Double] {
        let n = values.count
        var result = [Double](repeating: .nan, count: n)
        var sum = 0.0, count = 0
        var lo = 0, hi = 0
        for i in 0..<n {
            while hi < n, hi <= i + radius {
                if values[hi].isFinite { sum += values[hi]; count += 1 }
                hi += 1
            }
            while lo < i - radius {
                if values[lo].isFinite { sum -= values[lo]; count -= 1 }
                lo += 1
            }
            if values[i].isFinite, count > 0 { result[i] = sum / Double(count) }
        }
        return result
    }
}
