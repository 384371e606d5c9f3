import GaitModel
import InjuryScoring

/// The "now" of a report: the last week's level per presentation (DOMAIN.md "Definitions": the
/// latest level is the last week's) and the firings that explain it.
struct CurrentLevel: Equatable {
    /// One counted rule: its strongest firing in the window and what the rule adds.
    struct Reason: Equatable {
        var firing: FiredRule
        /// Points the rule adds to this presentation (the scorer's `FiredRule.points`), before S2's cap.
        var points: Int
        /// Firings of the rule for this presentation in the window.
        var count: Int

        /// S1 first (it sets the level and the advice, DOMAIN.md S1; the scorer ranks it so too), then points.
        var rank: Int { firing.id == "S1" ? Int.max : points }
    }

    var presentation: Presentation
    var level: Level
    var points: Int
    var rules: [String]
    /// One per counted rule, S1 and then the most points first (then the order of `rules`), so the strongest
    /// reasons lead and only soft flags fold away.
    var reasons: [Reason]

    /// The reasons are looked for in the window the scorer counted (`WeekLevelWindow`: the 28 days
    /// before the week's Sunday, or before the as-of date for the last, partial week).
    static func all(_ a: Assessment) -> [CurrentLevel] {
        let last = a.weeks.last
        let monday = last.flatMap { CalendarDay.parseDate($0.weekStart) }
        let asOf = CalendarDay.parseDate(a.asOf) ?? .max
        return Presentation.allCases.map { p in
            let score = last?.score(p)
            let rules = score?.rules ?? []
            var reasons: [Reason] = []
            if let monday {
                for id in rules {
                    // Only firings that count for this presentation: S2 fires per site, and a rule
                    // counts for a presentation from a band upwards (L1 small is ITBS's, not PFP's).
                    let candidates = a.firedRules.filter { r in
                        guard r.id == id, r.presentations.contains(p), let day = CalendarDay.parseDate(r.date) else { return false }
                        return WeekLevelWindow.contains(day, weekStart: monday, asOf: asOf)
                    }
                    if let strongest = FiredRule.strongest(candidates) {
                        reasons.append(Reason(firing: strongest, points: strongest.points(for: p),
                                              count: candidates.count))
                    }
                }
            }
            let ranked = reasons.enumerated().sorted { x, y in
                x.element.rank != y.element.rank ? x.element.rank > y.element.rank : x.offset < y.offset
            }.map(\.element)
            return CurrentLevel(presentation: p, level: score?.level ?? .none, points: score?.points ?? 0,
                                rules: rules, reasons: ranked)
        }
    }
}
