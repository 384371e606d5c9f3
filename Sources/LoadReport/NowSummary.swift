import GaitModel
import InjuryScoring

/// One presentation's "now" as the report shows it: injury-scoring's latest summary when it gave
/// one (it owns the headline and the advice), else the last week's score with DOMAIN.md's advice.
/// The reasons are always the report's own: one per counted rule, the most points first.
struct NowSummary: Equatable {
    var presentation: Presentation
    var level: Level
    /// Before S2's cap.
    var points: Int
    var rules: [String]
    /// Capped at low: another knee site was reported (DOMAIN.md S2).
    var capped: Bool
    /// This presentation's own site was reported in the window (DOMAIN.md S2).
    var siteReported: Bool
    /// The reported sites that capped it, "at the lateral knee (right)"; empty when not capped.
    var cappedBy: [String]
    var headline: String
    /// "K1 +2: …", the most points first.
    var reasons: [String]
    /// How many of `reasons` are shown before the rest fold away.
    var shownReasons: Int
    var advice: [String]
    var avoid: [String]
    /// "injury-scoring" when the scorer's summary was used, "load-report" for the fallback.
    var adviceSource: String

    /// DOMAIN.md: "the knee is the site, rarely the source — look above (hip, pelvis) and at load."
    static let sharedPrinciple = "The knee is the site, rarely the source — look above (hip, pelvis) and at load."

    /// Reasons shown before the rest are folded away; a reason worth 2 points or more is never folded.
    static let topReasons = 3
    static let neverFoldedPoints = 2

    /// "capped at low: pain reported at the lateral knee (right)".
    var cappedText: String {
        "capped at low: pain reported " + cappedBy.joined(separator: " and ")
    }

    /// Every presentation, the one the data points to first first (DOMAIN.md: the highest level; at
    /// equal levels, the one at a reported site), as `PresentationSummary.pointsToFirst` orders them.
    static func all(_ a: Assessment) -> [NowSummary] {
        let current = CurrentLevel.all(a)
        let reported = (a.weeks.last?.sites ?? []).filter { $0.site.presentation != nil }
        let summaries = Presentation.allCases.map { p -> NowSummary in
            let level = current.first { $0.presentation == p }
            let reasons = level?.reasons ?? []
            let texts = reasons.map(Self.text)
            let shown = max(min(topReasons, reasons.count), reasons.prefix { $0.rank >= neverFoldedPoints }.count)
            let capped = a.weeks.last?.score(p)?.capped ?? false
            let siteReported = reported.contains { $0.site == p.site }
            if let s = a.latest.first(where: { $0.presentation == p }) {
                return NowSummary(presentation: p, level: s.level, points: s.points, rules: level?.rules ?? [],
                                  capped: s.capped, siteReported: s.siteReported, cappedBy: s.capped ? reported.map(\.phrase) : [],
                                  headline: s.headline, reasons: texts, shownReasons: shown,
                                  advice: s.advice, avoid: s.avoid, adviceSource: "injury-scoring")
            }
            let s1 = level?.rules.contains("S1") ?? false
            let advice = PresentationAdvice.advice(p, s1: s1)
            let l = level?.level ?? .none
            let headline = l == .none
                ? "No pattern consistent with \(p.title.lowercased()) from the rules computed (0 points)."
                : "Pattern consistent with \(p.title.lowercased()) — level \(l.rawValue)."
            return NowSummary(presentation: p, level: l, points: level?.points ?? 0, rules: level?.rules ?? [],
                              capped: capped, siteReported: siteReported, cappedBy: capped ? reported.map(\.phrase) : [],
                              headline: headline,
                              reasons: texts, shownReasons: shown,
                              advice: advice.advice, avoid: advice.avoid, adviceSource: "load-report")
        }
        let order = PresentationSummary.pointsToFirst(summaries.map {
            PresentationSummary(presentation: $0.presentation, level: $0.level, points: $0.points, capped: $0.capped,
                                siteReported: $0.siteReported, headline: "", reasons: [], advice: [], avoid: [])
        }).map(\.presentation)
        return order.compactMap { p in summaries.first { $0.presentation == p } }
    }

    /// "K1 +2: detail (2026-06-20, run.fit; the strongest of 3 firings in the window) — source".
    static func text(_ r: CurrentLevel.Reason) -> String {
        let f = r.firing
        let place = [f.date, f.runID].filter { !$0.isEmpty }.joined(separator: ", ")
            + (r.count > 1 ? "; the strongest of \(r.count) firings in the window" : "")
        // S1 adds no points: it sets the level to at least moderate (DOMAIN.md).
        let weight = f.id == "S1" ? " (sets at least moderate)" : r.points > 0 ? " +\(r.points)" : ""
        return "\(FiredRuleFormat.name(id: f.id, band: f.band))\(weight): \(f.detail) (\(place)) — \(f.source)"
    }
}
