public import GaitModel

/// What one rule firing adds to one presentation's points (DOMAIN.md "Rules per presentation").
///
/// `criterion` names the line of the rule list the firing satisfies (its weight param): rules on the
/// same line ("+1 L1 ≥ moderate or L2 > 30%") share it, so the line scores once however many of them
/// fire.
public struct RuleContribution: Sendable, Equatable {
    /// UTC day number the rule fired on.
    public var day: Int64
    public var ruleID: String
    public var presentation: Presentation
    public var criterion: String
    public var points: Int

    public init(day: Int64, ruleID: String, presentation: Presentation, criterion: String, points: Int) {
        self.day = day
        self.ruleID = ruleID
        self.presentation = presentation
        self.criterion = criterion
        self.points = points
    }
}
