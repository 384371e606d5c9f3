/// A stride of one side left out of that side's K values, and why (DOMAIN.md "Kinematics", "Gait
/// events from angles": rejected strides are counted and listed, K values are means over accepted
/// strides only).
public struct RejectedStride: Sendable, Equatable {
    public enum Reason: String, Sendable, CaseIterable {
        /// Stride time below 0.5 × the side's median stride time (e.g. a noise dip taken as a strike).
        case tooShort = "too_short"
        /// Stride time above 2 × the median (e.g. a missed strike: two strides read as one).
        case tooLong = "too_long"
        /// No toe-off between the strike and the next one, so there is no stance to measure.
        case noToeOff = "no_toe_off"
    }

    /// Frame of the foot strike that opens the stride.
    public var strike: Int
    /// Frame of the next foot strike of the same side, which closes it.
    public var nextStrike: Int
    /// Stride time (strike to next strike), seconds.
    public var seconds: Double
    public var reason: Reason

    public init(strike: Int, nextStrike: Int, seconds: Double, reason: Reason) {
        self.strike = strike
        self.nextStrike = nextStrike
        self.seconds = seconds
        self.reason = reason
    }
}
