import GaitModel

/// The "now" of a report: the last week's level per presentation (DOMAIN.md "Definitions": the
/// latest level is the last week's) and the firings that explain it.
struct CurrentLevel: Equatable {
    var presentation: Presentation
    var level: Level
    var points: Int
    var rules: [String]
    /// For each counted rule id, its strongest firing in the last week's window.
    var reasons: [FiredRule]

    /// A week counts firings from the 28 days before its Sunday through the Sunday (DOMAIN.md
    /// "Definitions"), so the reasons are looked for in that span.
    static let windowDaysBeforeLastDay: Int64 = 28

    static func all(_ a: Assessment) -> [CurrentLevel] {
        let last = a.weeks.last
        let sunday = last.flatMap { CalendarDay.parseDate($0.weekStart) }.map { $0 + 6 }
        return Presentation.allCases.map { p in
            let score = last?.score(p)
            let rules = score?.rules ?? []
            var reasons: [FiredRule] = []
            if let sunday {
                for id in rules {
                    let candidates = a.firedRules.filter { r in
                        guard r.id == id, let day = CalendarDay.parseDate(r.date) else { return false }
                        return day <= sunday && day >= sunday - windowDaysBeforeLastDay
                    }
                    // The strongest firing is one that qualified: a presentation counts a rule only
                    // from a band upwards, and the strongest is at or above any counted one.
                    if let strongest = candidates.max(by: { ($0.value, $0.date, $0.runID) < ($1.value, $1.date, $1.runID) }) {
                        reasons.append(strongest)
                    }
                }
            }
            return CurrentLevel(presentation: p, level: score?.level ?? .none, points: score?.points ?? 0,
                                rules: rules, reasons: reasons)
        }
    }
}
