import GaitModel

/// Ascent, descent, time on grades and the longest continuous descent from altitude smoothed over
/// a distance window (D1 inputs; DOMAIN.md: "≥ 10–20 m windows; GPS elevation is noisy").
enum TerrainAnalysis {
    /// Grades at or beyond ±3 % count as up- or downhill (issue 4).
    static let gradeThreshold = 0.03
    /// A rise of more than this ends a continuous descent; smaller ones are the smoothing's residue.
    static let descentTolerance = 2.0
    /// Ascent and descent count a turn only once altitude has moved this far back from the last
    /// extreme (hysteresis): the moving average leaves ±0.x m ripples that would otherwise add up
    /// over thousands of samples.
    static let turnDeadband = 1.0
    /// D2's pace counts only where the grade over at least this many metres of smoothed altitude is
    /// ≥ −2 % (DOMAIN.md "Definitions": a fast descent is not an intensity session).
    static let intensityGradeSpanM = 50.0

    /// Smoothed altitude at each sample that has distance and altitude: the mean over samples within
    /// ±window/2 metres of it (two pointers over cumulative distance: O(n)).
    static func smoothed(distance: [Double], altitude: [Double], window: Double) -> [(d: Double, a: Double, index: Int)] {
        var points: [(d: Double, a: Double, index: Int)] = []
        points.reserveCapacity(distance.count)
        for i in distance.indices where distance[i].isFinite && altitude[i].isFinite {
            // Distance never runs backwards in a track; a reset sample would break the window.
            if let last = points.last, distance[i] < last.d { continue }
            points.append((distance[i], altitude[i], i))
        }
        var result = points
        var lo = 0, hi = 0, sum = 0.0
        for k in points.indices {
            while hi < points.count, points[hi].d <= points[k].d + window / 2 { sum += points[hi].a; hi += 1 }
            while points[lo].d < points[k].d - window / 2 { sum -= points[lo].a; lo += 1 }
            result[k].a = sum / Double(hi - lo)
        }
        return result
    }

    /// Each point's grade from the last point ≥ half the span behind it to the first ≥ half the span
    /// ahead (clamped at the track's ends, so a span is never shorter than `intensityGradeSpanM`
    /// unless the whole track is). Centred, so a sample at the start of a descent reads as descending.
    static func centredGrades(_ points: [(d: Double, a: Double, index: Int)], into grades: inout [Double]) {
        guard let first = points.first, let last = points.last, last.d - first.d > 0 else { return }
        let half = intensityGradeSpanM / 2
        var lo = 0, hi = 0
        for k in points.indices {
            let d = points[k].d
            while lo + 1 < k, d - points[lo + 1].d >= half { lo += 1 }
            while hi < points.count - 1, points[hi].d - d < half { hi += 1 }
            // Near an end the span extends on the other side so it stays ≥ the full span.
            var a = lo, b = hi
            while points[b].d - points[a].d < intensityGradeSpanM, a > 0 { a -= 1 }
            while points[b].d - points[a].d < intensityGradeSpanM, b < points.count - 1 { b += 1 }
            let run = points[b].d - points[a].d
            if run > 0 { grades[points[k].index] = (points[b].a - points[a].a) / run }
        }
    }

    /// Sets ascent, descent, grade times and the longest descent; returns each sample's grade over
    /// ≥ `intensityGradeSpanM` metres of smoothed altitude centred on it (`centredGrades`), NaN where
    /// the sample has no altitude or distance.
    @discardableResult
    static func apply(_ p: PreparedSamples, window: Double, to m: inout RunMetrics) -> [Double] {
        var grades = [Double](repeating: .nan, count: p.count)
        let points = smoothed(distance: p.distance, altitude: p.altitude, window: window)
        guard points.count >= 2 else { return grades }
        var hysteresis = AscentHysteresis(start: points[0].a, deadband: turnDeadband)
        var uphill = 0.0, downhill = 0.0
        var longest = (drop: 0.0, distance: 0.0)
        var top = points[0], low = points[0]
        func closeDescent() {
            if top.a - low.a > longest.drop { longest = (top.a - low.a, low.d - top.d) }
        }
        var back = 0  // grade over the last `window` metres: from points[back] to points[k]
        for k in 1..<points.count {
            hysteresis.add(points[k].a)
            let point = points[k]
            if point.a >= top.a || point.a > low.a + descentTolerance {
                closeDescent()
                top = point
                low = point
            } else if point.a < low.a {
                low = point
            }

            while back < k - 1, point.d - points[back + 1].d >= window { back += 1 }
            let run = point.d - points[back].d
            let i = point.index
            guard run > 0, p.moving[i] else { continue }
            let grade = (point.a - points[back].a) / run
            if grade >= gradeThreshold { uphill += p.weight[i] }
            if grade <= -gradeThreshold { downhill += p.weight[i] }
        }
        closeDescent()
        centredGrades(points, into: &grades)
        let (ascent, descent) = hysteresis.totals
        m.ascentM = ascent
        m.descentM = descent
        m.descentPerKm = m.distanceM > 0 ? descent / (m.distanceM / 1000) : nil
        m.uphillTimeS = uphill
        m.downhillTimeS = downhill
        m.longestDescentM = longest.drop
        m.longestDescentDistanceM = longest.distance
        return grades
    }
}
