import GaitModel
import InjuryScoring

/// One presentation's "now" as the report shows it: injury-scoring's latest summary when it gave
/// one (it owns the wording and the advice), else the last week's score with DOMAIN.md's advice.
struct NowSummary: Equatable {
    var presentation: Presentation
    var level: Level
    var points: Int
    var rules: [String]
    /// Capped at low: another knee site was reported (DOMAIN.md S2).
    var capped: Bool
    /// This presentation's own site was reported in the window (DOMAIN.md S2).
    var siteReported: Bool
    var headline: String
    var reasons: [String]
    var advice: [String]
    var avoid: [String]
    /// "injury-scoring" when the scorer's summary was used, "load-report" for the fallback.
    var adviceSource: String

    /// DOMAIN.md: "the knee is the site, rarely the source — look above (hip, pelvis) and at load."
    static let sharedPrinciple = "The knee is the site, rarely the source — look above (hip, pelvis) and at load."

    /// Reasons shown before the rest are folded away.
    static let topReasons = 3

    static func all(_ a: Assessment) -> [NowSummary] {
        let fallback = CurrentLevel.all(a)
        return Presentation.allCases.map { p in
            let rules = a.weeks.last?.score(p)?.rules ?? []
            let level = fallback.first { $0.presentation == p }
            let firingReasons = (level?.reasons ?? []).map { r in
                "\(r.id) on \(r.date)\(r.runID.isEmpty ? "" : " (\(r.runID))"): \(r.detail) — \(r.source)"
            }
            if let s = a.latest.first(where: { $0.presentation == p }) {
                // A level with counted rules always shows why, even when the summary lists no reason.
                return NowSummary(presentation: p, level: s.level, points: s.points, rules: rules,
                                  capped: s.capped, siteReported: s.siteReported, headline: s.headline,
                                  reasons: s.reasons.isEmpty ? firingReasons : s.reasons,
                                  advice: s.advice, avoid: s.avoid, adviceSource: "injury-scoring")
            }
            let s1 = level?.rules.contains("S1") ?? false
            let advice = PresentationAdvice.advice(p, s1: s1)
            let l = level?.level ?? .none
            let headline = l == .none
                ? "No pattern consistent with \(p.title.lowercased()) from the rules computed (0 points)."
                : "Pattern consistent with \(p.title.lowercased()) — level \(l.rawValue)."
            return NowSummary(presentation: p, level: l, points: level?.points ?? 0, rules: level?.rules ?? rules,
                              capped: a.weeks.last?.score(p)?.capped ?? false,
                              siteReported: a.weeks.last?.sites.contains { $0.site == p.site } ?? false, headline: headline,
                              reasons: firingReasons,
                              advice: advice.advice, avoid: advice.avoid, adviceSource: "load-report")
        }
    }
}
