public import GaitModel

/// A week's level (DOMAIN.md "Definitions"): counts every rule that fired in the ISO week or in the
/// 28 days before the week's last day (Sunday), i.e. fired on a day in [Sunday − 28, Sunday]; for the
/// last, partial week the 28 days up to the as-of date (which counts diary dates too).
public enum WeekLevelWindow {
    public static let daysBeforeLastDay: Int64 = 28

    /// True when a firing on `day` counts for the ISO week that starts on `weekStart` (a Monday);
    /// `asOf` (the season's last data day) ends the last week's window early.
    public static func contains(_ day: Int64, weekStart: Int64, asOf: Int64 = .max) -> Bool {
        let end = min(weekStart + 6, asOf)
        return day <= end && day >= end - daysBeforeLastDay
    }

    /// The most points each rule adds to `presentation` in the week's window (the order of reasons).
    public static func pointsByRule(weekStart: Int64, asOf: Int64 = .max, contributions: [RuleContribution],
                                    presentation: Presentation) -> [String: Int] {
        var out: [String: Int] = [:]
        for c in contributions where c.presentation == presentation && contains(c.day, weekStart: weekStart, asOf: asOf) {
            out[c.ruleID] = max(out[c.ruleID] ?? 0, c.points)
        }
        return out
    }

    /// Points, level and counted rule ids per presentation. Each criterion scores once per week
    /// (several L1 firings in the window are still +1), at its highest points.
    public static func scores(weekStart: Int64, asOf: Int64 = .max, contributions: [RuleContribution]) -> [PresentationScore] {
        let inWindow = contributions.filter { contains($0.day, weekStart: weekStart, asOf: asOf) }
        return Presentation.allCases.map { presentation in
            let mine = inWindow.filter { $0.presentation == presentation }
            var best: [String: Int] = [:]
            var counted: Set<String> = []
            for criterion in Set(mine.map(\.criterion)) {
                let members = mine.filter { $0.criterion == criterion }
                let ids = Set(members.map(\.ruleID))
                let points = members.map(\.points).max() ?? 0
                guard points > 0 else { continue }
                best[criterion] = points
                counted.formUnion(ids)
            }
            let points = best.values.reduce(0, +)
            return PresentationScore(presentation: presentation, level: Level(points: points), points: points,
                                     rules: counted.sorted())
        }
    }
}
