/// What each DOMAIN.md rule adds to which presentation ("Rules per presentation"), as the report's
/// method table states it; the rules themselves (title, source, design) are `RuleCatalog`'s.
enum RulePoints {
    static let countsFor: [String: String] = [
        "L1": "PFP and patellar tendinopathy +1 when ≥ moderate; ITBS +1 when ≥ small",
        "L2": "PFP and patellar tendinopathy +1 (the same line as L1 ≥ moderate)",
        "L3": "no points: descriptive trend only",
        "L4": "patellar tendinopathy +1 when monotony > 2.0",
        "L5": "no points: context",
        "L6": "no points: the load unit of L3–L5",
        "G1": "PFP +1 and ITBS +1 when low (or G2 long)",
        "G2": "PFP +1 and ITBS +1 when long (or G1 low)",
        "G3": "no points: context",
        "D1": "PFP +1; ITBS +1",
        "D2": "patellar tendinopathy +2",
        "ASC": "patellar tendinopathy +1",
        "K1": "PFP +2; ITBS +2",
        "K2": "PFP +1; ITBS +1",
        "K3": "PFP +1",
        "K4": "ITBS +1",
        "S1": "patellar tendinopathy at least moderate; advice: reduce energy-storage load first",
        "S2": "the reported site's presentation +2 (worst pain ≥ s2_pain or on ≥ s2_days days) or +1; "
            + "while another site is reported, a presentation whose site is not is capped at low",
        "S3": "the presentation at its own site +1 with two distinct aggravators of it",
    ]
}
