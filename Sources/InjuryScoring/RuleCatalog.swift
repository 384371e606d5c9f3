import GaitModel

/// Every rule of DOMAIN.md with its evidence, in the order weeks.csv and the report list them.
public struct RuleInfo: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Author, year, journal (DOMAIN.md).
    public var source: String
    /// Study design and strength, as DOMAIN.md states it.
    public var design: String
    public var unit: String
    /// Descriptive rules are shown, never scored (L3, L5, L6, G3).
    public var scored: Bool
}

public enum RuleCatalog {
    public static let rules: [RuleInfo] = [
        RuleInfo(id: "L1", title: "session spike (distance ÷ longest run in the previous 30 days)",
                 source: "Frandsen 2025, BJSM",
                 design: "prospective cohort, 5,205 Garmin runners, 18 months; adjusted HR 1.64 (>1.10–1.30), 1.52 (>1.30–2.0), 2.28 (>2.0)",
                 unit: "ratio", scored: true),
        RuleInfo(id: "L2", title: "weekly progression (last 7 d ÷ preceding 7 d − 1)",
                 source: "Nielsen 2014, JOSPT",
                 design: "prospective cohort, 874 novice runners; HR 1.59 (95% CI 0.96–2.66, P = .07) for >30% vs <10% — CI crosses 1",
                 unit: "%", scored: true),
        RuleInfo(id: "L3", title: "acute:chronic workload ratio (EWMA λ 0.25 / 0.069 and uncoupled rolling)",
                 source: "Williams 2017, BJSM (EWMA); Gabbett 2016, BJSM (thresholds)",
                 design: "descriptive only: thresholds do not survive scrutiny (Impellizzeri 2020/2021, Lolli 2019; none in Frandsen 2025)",
                 unit: "ratio", scored: false),
        RuleInfo(id: "L4", title: "Foster monotony (mean ÷ SD of daily load over 7 days) and strain",
                 source: "Foster 1998, Med Sci Sports Exerc",
                 design: "n = 25, outcome illness, individual thresholds; the 1.5 / 2.0 cut-offs are Runalyze's convention",
                 unit: "ratio", scored: true),
        RuleInfo(id: "L5", title: "fitness / fatigue / form (EWMA 42 d / 7 d, λ = 2/(N+1))",
                 source: "Banister 1975, Aust J Sports Med (fitness-fatigue model); λ = 2/(N+1) is Runalyze's convention "
                     + "(GoldenCheetah uses λ = 1 − e^(−1/N))",
                 design: "descriptive model, no injury outcome", unit: "load", scored: false),
        RuleInfo(id: "L6", title: "internal load: Banister TRIMP, session RPE × minutes",
                 source: "Banister 1991, Physiological Testing of the High-Performance Athlete (Human Kinetics); "
                     + "Foster 2001, J Strength Cond Res",
                 design: "load quantification, no injury outcome", unit: "TRIMP", scored: false),
        RuleInfo(id: "G1", title: "cadence at matched speed (own cadence-on-speed regression)",
                 source: "Luedke 2016, Med Sci Sports Exerc 48(7); Thakkar 2019, Med Sci Sports Exerc 51(7)",
                 design: "68 high-school runners, tertiles (shin injury; not significant for anterior knee pain); 55 female runners, cross-sectional — soft flag",
                 unit: "spm", scored: true),
        RuleInfo(id: "G2", title: "step length at matched speed vs own baseline",
                 source: "Willson 2014, Clin Biomech 29:243",
                 design: "laboratory study: +10% step length → +31% patellofemoral joint stress per step",
                 unit: "%", scored: true),
        RuleInfo(id: "G3", title: "ground-contact asymmetry (|stance_time_balance − 50| > 2% on > 3 runs)",
                 source: "heuristic (no study)", design: "context only, not scored", unit: "%", scored: false),
        RuleInfo(id: "D1", title: "descent load (weekly descent vs 4-week mean; new long descent vs 30 days)",
                 source: "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med)",
                 design: "expert rule, no direct outcome study", unit: "m", scored: true),
        RuleInfo(id: "D2", title: "high-intensity volume: minutes above threshold pace (not downhill) or at HR Z4–5, strides and sprints included; jump sessions (plyometric or HIIT)",
                 source: "Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy load management)",
                 design: "expert rule", unit: "min", scored: true),
        RuleInfo(id: "ASC", title: "ascent / stair spike (weekly ascent vs 4-week mean)",
                 source: "expert rule by analogy with L1 (Frandsen 2025, Br J Sports Med); tendon energy-storage load "
                     + "(Malliaras 2015, J Orthop Sports Phys Ther)",
                 design: "expert rule", unit: "m", scored: true),
        RuleInfo(id: "K1", title: "peak hip adduction in stance",
                 source: "Noehren 2007, Clin Biomech (ITBS); Noehren 2013, Med Sci Sports Exerc 45(6) (PFP)",
                 design: "prospective: 18 ITBS cases; 15 PFP cases of 400 female runners — side difference ≥ 3° is a heuristic",
                 unit: "deg", scored: true),
        RuleInfo(id: "K2", title: "contralateral pelvic drop at midstance",
                 source: "Bramah 2018, AJSM", design: "retrospective case-control; OR ≈ 1.8 per degree — context",
                 unit: "deg", scored: true),
        RuleInfo(id: "K3", title: "knee more extended at initial contact (overstriding)",
                 source: "Bramah 2018, AJSM", design: "retrospective case-control", unit: "deg", scored: true),
        RuleInfo(id: "K4", title: "peak knee or hip internal rotation",
                 source: "Noehren 2007, Clin Biomech; Noehren 2014, J Orthop Sports Phys Ther 44(3)",
                 design: "knee IR: female ITBS, prospective; hip IR +3.7°: male ITBS, cross-sectional",
                 unit: "deg", scored: true),
        RuleInfo(id: "S1", title: "tendon pain monitoring (pain during > 5/10, not settled by next morning, or morning pain rising)",
                 source: "Silbernagel 2007, Am J Sports Med; applied to the patellar tendon per Malliaras 2015, J Orthop Sports Phys Ther",
                 design: "RCT in Achilles tendinopathy (pain-monitoring model)", unit: "pain 0-10", scored: true),
        RuleInfo(id: "S2", title: "pain site (peripatellar → PFP, lateral → ITBS, inferior pole → patellar tendinopathy)",
                 source: "Crossley 2016, Br J Sports Med (PFP consensus, part 1); Lavine 2010, Curr Rev Musculoskelet Med (ITBS); "
                     + "Malliaras 2015, J Orthop Sports Phys Ther (patellar tendinopathy)",
                 design: "consensus statement and clinical reviews: the site of pain tells the presentations apart; "
                     + "another reported site caps the others at low",
                 unit: "pain 0-10", scored: true),
        RuleInfo(id: "S3", title: "aggravators of the presentation at its own site (two distinct)",
                 source: "Crossley 2016, Br J Sports Med; Lavine 2010, Curr Rev Musculoskelet Med; "
                     + "Malliaras 2015, J Orthop Sports Phys Ther",
                 design: "clinical descriptions of each presentation's aggravators; expert rule",
                 unit: "aggravators", scored: true),
    ]

    public static var ids: [String] { rules.map(\.id) }

    public static func info(_ id: String) -> RuleInfo {
        rules.first { $0.id == id } ?? RuleInfo(id: id, title: id, source: "", design: "", unit: "", scored: false)
    }
}
