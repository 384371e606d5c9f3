public import GaitModel

/// The athlete's days from the first to the last activity (DOMAIN.md "Definitions"): a day without
/// activity inside a gap of ≤ `restGapDays` days between activities is a rest day (load 0); longer
/// gaps are untracked (unknown, never zero) unless athlete.yaml lists the day in `rest_days`.
public struct SeasonCalendar: Sendable {
    public let firstDay: Int64
    public let lastDay: Int64
    private let states: [DayLoad.State]

    public init(activityDays: Set<Int64>, restDays: Set<Int64>, restGapDays: Int) {
        let sorted = activityDays.sorted()
        firstDay = sorted.first ?? 0
        lastDay = sorted.last ?? -1
        var states = [DayLoad.State](repeating: .untracked, count: Int(max(0, lastDay - firstDay + 1)))
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let empty = b - a - 1
            for day in (a + 1)..<b {
                states[Int(day - firstDay)] = empty <= Int64(restGapDays) || restDays.contains(day) ? .rest : .untracked
            }
        }
        for day in sorted { states[Int(day - firstDay)] = .active }
        self.states = states
    }

    public var isEmpty: Bool { states.isEmpty }
    public var days: ClosedRange<Int64>? { isEmpty ? nil : firstDay...lastDay }

    /// Nil outside the season.
    public func state(_ day: Int64) -> DayLoad.State? {
        day >= firstDay && day <= lastDay ? states[Int(day - firstDay)] : nil
    }

    /// Known load (active or rest) — untracked days and days outside the season are unknown.
    public func isTracked(_ day: Int64) -> Bool {
        guard let s = state(day) else { return false }
        return s != .untracked
    }

    public func allTracked(_ days: ClosedRange<Int64>) -> Bool { days.allSatisfy(isTracked) }
}
