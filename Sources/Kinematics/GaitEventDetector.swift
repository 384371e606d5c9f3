public import GaitModel

/// Foot strikes and toe-offs of one side: from event columns when given, else from the knee
/// flexion curve. In running the knee extends to a minimum at the end of swing just before contact
/// and again just before toe-off, with the stance flexion peak (~40°) between them and the larger
/// swing peak (~90°) after. DOMAIN.md "Gait events from angles" fixes the rule: a swing peak is the
/// largest flexion between an upward and the next downward crossing of the midpoint of the 5th–95th
/// percentile flexion; a foot strike is the first minimum below 40° after a swing peak; toe-off is
/// the last minimum before the next swing peak. Which strides count is `StrideScreen`'s job.
/// Kinematic detection is approximate (a few frames); lab force-plate or marker events, when
/// exported, are better and take precedence.
public enum GaitEventDetector {
    public struct Events: Sendable, Equatable {
        /// Frame indices.
        public var strikes: [Int]
        public var toeOffs: [Int]

        public init(strikes: [Int], toeOffs: [Int]) {
            self.strikes = strikes
            self.toeOffs = toeOffs
        }
    }

    /// Frame indices of events from a column holding either per-frame flags (0/1) or event times.
    static func frames(fromColumn column: [Double], time: [Double]) -> [Int] {
        let finite = column.filter(\.isFinite)
        let isFlags = finite.allSatisfy { $0 == 0 || $0 == 1 } && finite.count == column.count
        if isFlags { return column.indices.filter { column[$0] == 1 && ($0 == 0 || column[$0 - 1] != 1) } }
        // Event times, padded with NaN after the last event: nearest frame for each.
        var result: [Int] = []
        var frame = 0
        for t in finite.sorted() {
            while frame + 1 < time.count, abs(time[frame + 1] - t) <= abs(time[frame] - t) { frame += 1 }
            result.append(frame)
        }
        return result
    }

    public static func events(_ recording: JointAngleRecording, side: BodySide) -> Events? {
        if let strike = recording.values(.footStrike, side), let toeOff = recording.values(.toeOff, side) {
            return Events(strikes: frames(fromColumn: strike, time: recording.time),
                          toeOffs: frames(fromColumn: toeOff, time: recording.time))
        }
        return recording.values(.kneeFlexion, side).map(detect)
    }

    /// A foot strike's knee flexion is below this: contact comes with the knee nearly extended (~20°),
    /// while the stance peak is ~40° and the swing peak ~90° (DOMAIN.md "Gait events from angles").
    /// A dip of noise near the swing peak is a local minimum too, and must not count.
    public static let strikeCeiling = 40.0

    /// Events from a knee flexion curve (degrees, flexion positive; NaN frames are gaps).
    public static func detect(kneeFlexion knee: [Double]) -> Events {
        let swings = swingExcursions(knee)
        var strikes: [Int] = [], toeOffs: [Int] = []
        for (n, swing) in swings.enumerated() {
            let next = n + 1 < swings.count ? swings[n + 1] : nil
            // Up to the next swing peak; after the last one, to the end of the recording.
            let minima = localMinima(knee, in: (swing.peak + 1)..<(next?.peak ?? knee.count))
            // No minimum below the ceiling before the next peak: this swing peak yields no strike.
            guard let strike = minima.first(where: { knee[$0] < strikeCeiling }) else { continue }
            strikes.append(strike)
            // Toe-off: the last minimum before the next swing peak, after the strike (the strike is
            // itself a minimum). Minima inside the next excursion above the midpoint belong to that
            // swing peak — a noise dip just before its top is one — so the search ends where it
            // rises. Not known after the last peak.
            if let next, let toeOff = minima.last(where: { $0 > strike && $0 < next.rise }) { toeOffs.append(toeOff) }
        }
        return Events(strikes: strikes, toeOffs: toeOffs)
    }

    /// One excursion of knee flexion above the midpoint: the frame of its upward crossing and of its
    /// largest flexion, the swing peak.
    struct Excursion: Equatable {
        var rise: Int
        var peak: Int
    }

    /// Swing excursions: from each upward crossing of the midpoint of the 5th–95th percentile flexion
    /// to the next downward one, with the frame of largest flexion (DOMAIN.md "Gait events from
    /// angles"). Percentiles rather than min/max so a single spike or dropout does not move the
    /// midpoint; an excursion already under way at the first frame or still open at the last has no
    /// crossing on one side and is not a swing peak.
    static func swingExcursions(_ knee: [Double]) -> [Excursion] {
        guard let p5 = Percentile.value(knee, 0.05), let p95 = Percentile.value(knee, 0.95) else { return [] }
        let midpoint = (p5 + p95) / 2
        var excursions: [Excursion] = []
        // Above or below the midpoint at the last finite frame; a NaN frame is a gap, not a crossing.
        var above: Bool?
        var open: Excursion?
        for (i, value) in knee.enumerated() where value.isFinite {
            let isAbove = value >= midpoint
            if isAbove, above == false { open = Excursion(rise: i, peak: i) }  // upward crossing
            if isAbove, let o = open, value > knee[o.peak] { open?.peak = i }
            if !isAbove, above == true, let o = open { excursions.append(o) }  // downward crossing closes it
            if !isAbove { open = nil }
            above = isAbove
        }
        return excursions
    }

    /// Local minima in `range`: a frame no higher than the one before and lower than the one after
    /// (the last frame of a flat bottom counts once). The first and last frames have no neighbour
    /// on one side and are never minima; NaN frames never are.
    static func localMinima(_ knee: [Double], in range: Range<Int>) -> [Int] {
        let lower = max(range.lowerBound, 1), upper = min(range.upperBound, knee.count - 1)
        guard lower < upper else { return [] }
        return (lower..<upper).filter { knee[$0] <= knee[$0 - 1] && knee[$0] < knee[$0 + 1] }
    }
}
