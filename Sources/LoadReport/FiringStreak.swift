import GaitModel
import InjuryScoring

/// Repeated firings of one rule (and band) in consecutive ISO weeks, shown as one line of the
/// flagged-runs table: a soft flag that fires every week of a season is one fact, not 14 rows
/// (the full list stays in report.json `fired_rules` and weeks.csv).
struct FiringStreak: Equatable {
    var id: String
    var band: String
    /// Monday day numbers of the first and the last ISO week with a firing.
    var firstWeek: Int64
    var lastWeek: Int64
    /// Every firing of the streak, by date.
    var firings: [FiredRule]

    /// ISO weeks the streak spans (consecutive, so each has a firing).
    var weeks: Int { Int((lastWeek - firstWeek) / 7) + 1 }
    var firstDate: String { firings.first?.date ?? "" }
    var lastDate: String { firings.last?.date ?? "" }
    /// The firing that went furthest past its threshold (`FiredRule.strength`).
    var strongest: FiredRule? { FiredRule.strongest(firings) }

    /// "G1 low", "S2 inferior pole", "L2".
    var rule: String { FiredRuleFormat.name(id: id, band: band) }

    /// "W14–W27, 14 weeks", "W09"; the year is written when the streak crosses one.
    var span: String {
        let first = CalendarDay.isoWeek(firstWeek), last = CalendarDay.isoWeek(lastWeek)
        guard weeks > 1 else { return Self.short(first) }
        let sameYear = first.prefix(4) == last.prefix(4)
        return (sameYear ? Self.short(first) + "–" + Self.short(last) : first + "–" + last) + ", \(weeks) weeks"
    }

    /// "2026-W14" → "W14".
    static func short(_ week: String) -> String { week.split(separator: "-").last.map(String.init) ?? week }

    /// Streaks of `rules`: per rule and band, a gap of one ISO week without a firing ends a streak.
    /// Ordered as `RuleCatalog` lists the rules, then by band, then by first week.
    static func group(_ rules: [FiredRule]) -> [FiringStreak] {
        let catalog = RuleCatalog.ids
        func order(_ id: String) -> Int { catalog.firstIndex(of: id) ?? catalog.count }
        let dated = rules.compactMap { r in CalendarDay.parseDate(r.date).map { (rule: r, week: CalendarDay.weekStart($0)) } }
        let byRule = Dictionary(grouping: dated) { "\($0.rule.id)\u{1F}\($0.rule.band)" }
        var streaks: [FiringStreak] = []
        for group in byRule.values {
            let sorted = group.sorted { ($0.rule.date, $0.rule.runID) < ($1.rule.date, $1.rule.runID) }
            var current: FiringStreak?
            for (rule, week) in sorted {
                if var open = current, week <= open.lastWeek + 7 {
                    open.lastWeek = week
                    open.firings.append(rule)
                    current = open
                } else {
                    if let done = current { streaks.append(done) }
                    current = FiringStreak(id: rule.id, band: rule.band, firstWeek: week, lastWeek: week, firings: [rule])
                }
            }
            if let done = current { streaks.append(done) }
        }
        return streaks.sorted { a, b in
            (order(a.id), a.id, a.band, a.firstWeek) < (order(b.id), b.id, b.band, b.firstWeek)
        }
    }
}
