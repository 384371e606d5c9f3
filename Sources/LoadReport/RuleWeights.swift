import GaitModel
import InjuryScoring

/// What one firing adds to one presentation's points, read from the weights the scorer used (its
/// `w_*` params in `Assessment.parameters`, else `ScoringParams.weightDefaults`), so the now cards can
/// put the strongest reasons first: a K1 (+2) must not fold away behind soft +1 flags.
enum RuleWeights {
    /// DOMAIN.md "Rules per presentation": rule id → the weight param of the line it satisfies.
    /// S2 is not here: its weight depends on the firing (worst pain or days, `s2Weight`).
    static let params: [Presentation: [String: String]] = [
        .pfp: ["K1": "w_pfp_k1", "K2": "w_pfp_k2", "K3": "w_pfp_k3", "G1": "w_pfp_gait", "G2": "w_pfp_gait",
               "D1": "w_pfp_d1", "L1": "w_pfp_load", "L2": "w_pfp_load", "S3": "w_s3_aggravators"],
        .itbs: ["K1": "w_itbs_k1", "K4": "w_itbs_k4", "K2": "w_itbs_k2", "G1": "w_itbs_gait", "G2": "w_itbs_gait",
                "L1": "w_itbs_l1", "D1": "w_itbs_d1", "S3": "w_s3_aggravators"],
        .patellarTendinopathy: ["D2": "w_pt_d2", "L1": "w_pt_load", "L2": "w_pt_load", "ASC": "w_pt_ascent",
                                "L4": "w_pt_monotony", "S3": "w_s3_aggravators"],
    ]

    /// Points `r` adds to `p` (0 when it adds none; S1 adds none, it sets a floor).
    static func points(_ r: FiredRule, for p: Presentation, parameters: [ParamValue]) -> Int {
        guard r.presentations.contains(p) else { return 0 }
        switch r.id {
        case "S1": return 0
        case "S2":
            // S2's firing carries the window's worst pain as value, s2_pain as threshold and the days
            // reported as baseline (SiteRules): +2 at or above either bound, else +1.
            let days = number("s2_days", parameters) ?? 2
            let strong = r.value >= r.threshold || r.baseline >= days
            return Int(number(strong ? "w_s2_site" : "w_s2_site_mild", parameters) ?? 0)
        default:
            return params[p]?[r.id].flatMap { Int(number($0, parameters) ?? 0) } ?? 0
        }
    }

    /// A parameter as the scorer used it, else its default.
    static func number(_ name: String, _ parameters: [ParamValue]) -> Double? {
        if let given = parameters.first(where: { $0.name == name }).flatMap({ Double($0.value) }) { return given }
        if let weight = ScoringParams.weightDefaults.first(where: { $0.name == name }) { return Double(weight.points) }
        return ScoringParams.specs.first { $0.name == name }.flatMap { Double($0.defaultValue) }
    }
}
