/// One line of `symptoms.csv`: how the knee felt on a day.
public struct SymptomEntry: Sendable, Equatable {
    public enum Side: String, Sendable, CaseIterable, Codable {
        case left, right, both
    }

    /// Where it hurts; each points to one presentation (DOMAIN.md table).
    public enum Location: String, Sendable, CaseIterable, Codable {
        case peripatellar, lateral, inferiorPole = "inferior_pole", other
    }

    public enum Aggravator: String, Sendable, CaseIterable, Codable {
        case stairs, hills, downhill, longRun = "long_run", predictableDistance = "predictable_distance"
        case easesWalking = "eases_walking", jumping, sprinting, squatting, sitting
    }

    /// Day number (days since 1970-01-01).
    public var day: Int64
    public var side: Side
    public var location: Location
    /// Pain 0–10; nil when not recorded.
    public var painDuring: Int?
    public var painAfter: Int?
    public var painNextMorning: Int?
    public var aggravators: [Aggravator]

    public init(day: Int64, side: Side, location: Location, painDuring: Int? = nil, painAfter: Int? = nil,
                painNextMorning: Int? = nil, aggravators: [Aggravator] = []) {
        self.day = day
        self.side = side
        self.location = location
        self.painDuring = painDuring
        self.painAfter = painAfter
        self.painNextMorning = painNextMorning
        self.aggravators = aggravators
    }
}
