public import GaitModel

/// Which strides of one side count (DOMAIN.md "Gait events from angles"): a stride runs from a foot
/// strike to the next strike of the same side; it is accepted when a toe-off lies between them and
/// its stride time is within 0.5–2 × the median stride time of the side's strides in the session.
/// Everything else is rejected, counted and listed, and K values are means over accepted strides only.
public enum StrideScreen {
    /// One accepted stride: stance is `strike...toeOff`, the stride ends at `nextStrike`.
    public struct Stride: Sendable, Equatable {
        public var strike: Int
        public var toeOff: Int
        public var nextStrike: Int

        public init(strike: Int, toeOff: Int, nextStrike: Int) {
            self.strike = strike
            self.toeOff = toeOff
            self.nextStrike = nextStrike
        }

        public var stance: ClosedRange<Int> { strike...toeOff }
    }

    public struct Result: Sendable, Equatable {
        public var accepted: [Stride]
        public var rejected: [RejectedStride]
        /// The median stride time the window was set from, seconds; nil without strides.
        public var medianSeconds: Double?
    }

    /// Accepted stride times lie within these multiples of the median (DOMAIN.md).
    public static let window = 0.5...2.0

    /// Screens the strides of `events`; `time` is seconds per frame. The median is taken over every
    /// stride of the side, before any is rejected, so a few bad events cannot move their own bounds.
    public static func screen(_ events: GaitEventDetector.Events, time: [Double]) -> Result {
        let strikes = Array(Set(events.strikes)).sorted(), toeOffs = events.toeOffs.sorted()
        let pairs = Array(zip(strikes, strikes.dropFirst()))
        func seconds(_ a: Int, _ b: Int) -> Double {
            a < time.count && b < time.count ? time[b] - time[a] : .nan
        }
        // Frames, not seconds, decide: a lab recording has a constant frame rate, and a frame count
        // cannot be NaN where the time column has a gap.
        let median = Percentile.median(pairs.map { Double($0.1 - $0.0) })
        var result = Result(accepted: [], rejected: [],
                            medianSeconds: Percentile.median(pairs.map { seconds($0.0, $0.1) }))
        var t = 0
        for (strike, next) in pairs {
            while t < toeOffs.count, toeOffs[t] <= strike { t += 1 }
            let frames = Double(next - strike)
            let reason: RejectedStride.Reason? =
                if let m = median, frames < window.lowerBound * m { .tooShort }
                else if let m = median, frames > window.upperBound * m { .tooLong }
                else if t >= toeOffs.count || toeOffs[t] >= next { .noToeOff }
                else { nil }
            if let reason {
                result.rejected.append(RejectedStride(strike: strike, nextStrike: next, seconds: seconds(strike, next),
                                                      reason: reason))
            } else {
                result.accepted.append(Stride(strike: strike, toeOff: toeOffs[t], nextStrike: next))
            }
        }
        return result
    }
}
