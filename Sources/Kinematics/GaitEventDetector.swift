import GaitModel

/// Foot strikes and toe-offs of one side: from event columns when given, else from the knee
/// flexion curve. In running the knee extends to a minimum at the end of swing just before contact
/// and again just before toe-off, with the stance flexion peak (~40°) between them and the larger
/// swing peak (~90°) after: so per cycle, strike = the first minimum after a swing peak, toe-off =
/// the last minimum before the next one. Kinematic detection is approximate (a few frames); lab
/// force-plate or marker events, when exported, are better and take precedence.
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

    /// Events from a knee flexion curve (degrees, flexion positive).
    public static func detect(kneeFlexion knee: [Double]) -> Events {
        guard let maxValue = knee.filter(\.isFinite).max(), let minValue = knee.filter(\.isFinite).min() else {
            return Events(strikes: [], toeOffs: [])
        }
        // Swing peaks: local maxima in the top third of the range, at least one stance apart.
        let swingLevel = minValue + 2 * (maxValue - minValue) / 3
        var peaks: [Int] = []
        var i = 1
        while i + 1 < knee.count {
            if knee[i] >= swingLevel, knee[i] >= knee[i - 1], knee[i] > knee[i + 1] {
                var best = i
                // The whole excursion above the swing level is one peak.
                var j = i
                while j < knee.count, knee[j] >= swingLevel {
                    if knee[j] > knee[best] { best = j }
                    j += 1
                }
                peaks.append(best)
                i = j
            } else {
                i += 1
            }
        }
        var strikes: [Int] = [], toeOffs: [Int] = []
        for (a, b) in zip(peaks, peaks.dropFirst()) {
            let minima = (a + 1..<b).filter { knee[$0] <= knee[$0 - 1] && knee[$0] < knee[$0 + 1] }
            guard let first = minima.first, let last = minima.last, first != last else { continue }
            strikes.append(first)
            toeOffs.append(last)
        }
        return Events(strikes: strikes, toeOffs: toeOffs)
    }
}
