public import GaitModel

/// Thresholds and weights of injury-scoring, as pipeline params defaulting to DOMAIN.md.
public struct ScoringParams: Sendable, Equatable {
    // Load.
    public var l1: SessionSpikeRule.Thresholds
    public var l2Progression: Double
    public var l4MonotonyNote: Double
    public var l4MonotonyFlag: Double
    /// Share of runs with heart rate at or above which L3–L5 use TRIMP instead of distance.
    public var trimpRunShare: Double
    /// Share of sessions with an RPE at or above which L3–L5 use session-RPE load.
    public var srpeSessionShare: Double
    /// `auto`, or a pinned unit (`srpe`, `trimp`, `km`) so a weekly rerun keeps the season's unit.
    public var loadUnit: String
    /// Tracked days needed before chronic metrics (L3, L5) are shown.
    public var chronicMinDays: Int
    /// Longest gap of empty days between activities that still counts as rest days.
    public var restGapDays: Int
    // Gait.
    public var g1Low: Double
    public var g1High: Double
    public var g2Long: Double
    public var g3Balance: Double
    public var g3Runs: Int
    // Terrain and intensity.
    public var d1Ratio: Double
    public var d2Ratio: Double
    public var ascentRatio: Double
    // Kinematics.
    public var kSideDifference: Double
    public var kMinSessions: Int
    public var kReference: KinematicReference
    // Symptoms.
    public var s1PainDuring: Double
    public var s2Pain: Int
    public var s2Days: Int
    // Points per presentation criterion.
    public var weights: [String: Int]

    public static let weightDefaults: [(name: String, points: Int, summary: String)] = [
        ("w_pfp_k1", 2, "PFP: K1 hip adduction"), ("w_pfp_k2", 1, "PFP: K2 pelvic drop"),
        ("w_pfp_k3", 1, "PFP: K3 overstriding"), ("w_pfp_gait", 1, "PFP: G1 low or G2 long"),
        ("w_pfp_d1", 1, "PFP: D1 descent"), ("w_pfp_load", 1, "PFP: L1 ≥ moderate or L2 > 30%"),
        ("w_itbs_k1", 2, "ITBS: K1 hip adduction"), ("w_itbs_k4", 1, "ITBS: K4 internal rotation"),
        ("w_itbs_k2", 1, "ITBS: K2 pelvic drop"), ("w_itbs_gait", 1, "ITBS: G1 low or G2 long"),
        ("w_itbs_l1", 1, "ITBS: L1 ≥ small"), ("w_itbs_d1", 1, "ITBS: D1 descent"),
        ("w_pt_d2", 2, "Patellar tendinopathy: D2 high intensity"),
        ("w_pt_load", 1, "Patellar tendinopathy: L1 ≥ moderate or L2 > 30%"),
        ("w_pt_ascent", 1, "Patellar tendinopathy: ascent/stair spike"),
        ("w_pt_monotony", 1, "Patellar tendinopathy: monotony > 2.0"),
        ("w_s2_site", 2, "S2: a reported site, worst pain ≥ s2_pain or on ≥ s2_days days, to its presentation"),
        ("w_s2_site_mild", 1, "S2: a reported site below those, to its presentation"),
        ("w_s3_aggravators", 1, "S3: two distinct aggravators of the presentation at its own site"),
    ]

    public static let specs: [ParamSpec] = [
        ParamSpec(name: "l1_small", kind: .number, defaultValue: "1.10", minimum: 1.0, maximum: 5.0, lessThan: "l1_moderate",
                  summary: "L1 session spike: ratio above which the spike is small (Frandsen 2025)"),
        ParamSpec(name: "l1_moderate", kind: .number, defaultValue: "1.30", minimum: 1.0, maximum: 5.0, lessThan: "l1_large",
                  summary: "L1 session spike: ratio above which the spike is moderate (Frandsen 2025)"),
        ParamSpec(name: "l1_large", kind: .number, defaultValue: "2.0", minimum: 1.0, maximum: 5.0,
                  summary: "L1 session spike: ratio above which the spike is large (Frandsen 2025)"),
        ParamSpec(name: "l2_progression", kind: .number, defaultValue: "0.30", minimum: 0.0, maximum: 5.0,
                  summary: "L2: weekly progression (last 7 d ÷ preceding 7 d − 1) above which it fires (Nielsen 2014)"),
        ParamSpec(name: "l4_monotony_note", kind: .number, defaultValue: "1.5", minimum: 0.0, maximum: 10.0,
                  lessThan: "l4_monotony_flag", summary: "L4: monotony above which it is noted (Runalyze convention)"),
        ParamSpec(name: "l4_monotony_flag", kind: .number, defaultValue: "2.0", minimum: 0.0, maximum: 10.0,
                  summary: "L4: monotony above which it fires (Runalyze convention)"),
        ParamSpec(name: "load_unit", kind: .string, defaultValue: "auto", choices: ["auto", "srpe", "trimp", "km"],
                  summary: "L3–L5 load unit: auto (DOMAIN.md Load units), or pinned so a weekly rerun never rewrites "
                      + "the season in another unit"),
        ParamSpec(name: "srpe_session_share", kind: .number, defaultValue: "0.8", minimum: 0.0, maximum: 1.0,
                  summary: "L3–L5 use session RPE × minutes when at least this share of sessions (runs and others) has an RPE"),
        ParamSpec(name: "trimp_run_share", kind: .number, defaultValue: "0.8", minimum: 0.0, maximum: 1.0,
                  summary: "else TRIMP when at least this share of runs has heart rate, else running distance"),
        ParamSpec(name: "chronic_min_days", kind: .integer, defaultValue: "28", minimum: 7, maximum: 365,
                  summary: "tracked days required before chronic metrics (L3, L5) are shown"),
        ParamSpec(name: "rest_gap_days", kind: .integer, defaultValue: "6", minimum: 0, maximum: 60,
                  summary: "days without activity inside a gap of at most this many days are rest days; longer gaps are untracked"),
        ParamSpec(name: "g1_low", kind: .number, defaultValue: "166", minimum: 100, maximum: 250, lessThan: "g1_high",
                  summary: "G1: cadence at matched speed at or below which it is low, steps/min (Thakkar 2019)"),
        ParamSpec(name: "g1_high", kind: .number, defaultValue: "178", minimum: 100, maximum: 250,
                  summary: "G1: cadence at matched speed at or above which it is high, steps/min (Luedke 2016)"),
        ParamSpec(name: "g2_long", kind: .number, defaultValue: "0.10", minimum: 0.0, maximum: 1.0,
                  summary: "G2: step length at matched speed above own baseline by more than this share (Willson 2014)"),
        ParamSpec(name: "g3_balance", kind: .number, defaultValue: "2.0", minimum: 0.0, maximum: 50.0,
                  summary: "G3: |stance_time_balance − 50| above this, percent (heuristic)"),
        ParamSpec(name: "g3_runs", kind: .integer, defaultValue: "3", minimum: 0, maximum: 100,
                  summary: "G3: fires when more than this many runs in the window are asymmetric"),
        ParamSpec(name: "d1_ratio", kind: .number, defaultValue: "1.3", minimum: 1.0, maximum: 10.0,
                  summary: "D1: weekly descent / longest descent above this multiple of its baseline (expert rule)"),
        ParamSpec(name: "d2_ratio", kind: .number, defaultValue: "1.3", minimum: 1.0, maximum: 10.0,
                  summary: "D2: weekly high-intensity minutes above this multiple of the 4-week mean (expert rule)"),
        ParamSpec(name: "ascent_ratio", kind: .number, defaultValue: "1.3", minimum: 1.0, maximum: 10.0,
                  summary: "ascent spike: weekly ascent above this multiple of the 4-week mean"),
        ParamSpec(name: "k_side_difference", kind: .number, defaultValue: "3.0", minimum: 0.0, maximum: 30.0,
                  summary: "K1–K4: side difference in degrees that flags the worse side (heuristic)"),
        ParamSpec(name: "k_min_sessions", kind: .integer, defaultValue: "2", minimum: 1, maximum: 20,
                  summary: "K1–K4: sessions that must show a finding before it fires (Damsted 2015: never one noisy session alone)"),
        ParamSpec(name: "k_reference", kind: .string, defaultValue: "",
                  summary: "K1, K2, K4 reference table 'sex.variable=mean/sd;…' (variables hip_adduction, pelvic_drop, "
                      + "knee_internal_rotation, hip_internal_rotation); empty = no absolute comparison"),
        ParamSpec(name: "s1_pain_during", kind: .number, defaultValue: "5", minimum: 0, maximum: 10,
                  summary: "S1: tendon pain during activity above this (0–10) (Silbernagel 2007)"),
        ParamSpec(name: "s2_pain", kind: .integer, defaultValue: "3", minimum: 0, maximum: 10,
                  summary: "S2: worst pain (0–10) in the window at or above which a reported site scores w_s2_site"),
        ParamSpec(name: "s2_days", kind: .integer, defaultValue: "2", minimum: 1, maximum: 29,
                  summary: "S2: days in the window at or above which a reported site scores w_s2_site"),
    ] + weightDefaults.map {
        ParamSpec(name: $0.name, kind: .integer, defaultValue: String($0.points), minimum: 0, maximum: 10,
                  summary: "points: \($0.summary) (DOMAIN.md)")
    }

    public init(_ p: ResolvedParams) {
        l1 = SessionSpikeRule.Thresholds(small: p.number("l1_small"), moderate: p.number("l1_moderate"),
                                         large: p.number("l1_large"))
        l2Progression = p.number("l2_progression")
        l4MonotonyNote = p.number("l4_monotony_note")
        l4MonotonyFlag = p.number("l4_monotony_flag")
        trimpRunShare = p.number("trimp_run_share")
        srpeSessionShare = p.number("srpe_session_share")
        loadUnit = p.string("load_unit")
        chronicMinDays = p.integer("chronic_min_days")
        restGapDays = p.integer("rest_gap_days")
        g1Low = p.number("g1_low")
        g1High = p.number("g1_high")
        g2Long = p.number("g2_long")
        g3Balance = p.number("g3_balance")
        g3Runs = p.integer("g3_runs")
        d1Ratio = p.number("d1_ratio")
        d2Ratio = p.number("d2_ratio")
        ascentRatio = p.number("ascent_ratio")
        kSideDifference = p.number("k_side_difference")
        kMinSessions = p.integer("k_min_sessions")
        kReference = (try? KinematicReference(parsing: p.string("k_reference"))) ?? KinematicReference()
        s1PainDuring = p.number("s1_pain_during")
        s2Pain = p.integer("s2_pain")
        s2Days = p.integer("s2_days")
        var w: [String: Int] = [:]
        for d in Self.weightDefaults { w[d.name] = p.integer(d.name) }
        weights = w
    }

    /// DOMAIN.md's values.
    public static let domain = ScoringParams(ResolvedParams(specs: specs, given: [:]))

    public func weight(_ name: String) -> Int { weights[name] ?? 0 }

    /// Problems the per-value ranges cannot catch (ordering, the reference table); empty when fine.
    public static func problems(with given: [String: String]) -> [String] {
        var out = ParamSpec.orderingProblems(specs, given: given).map(\.message)
        do { _ = try KinematicReference(parsing: ResolvedParams(specs: specs, given: given).string("k_reference")) } catch {
            out.append("k_reference: \(error.message)")
        }
        return out
    }

    /// Every param as used, for the report.
    public static func values(_ p: ResolvedParams) -> [ParamValue] {
        specs.map { ParamValue(name: $0.name, value: p.values[$0.name] ?? $0.defaultValue) }
    }
}
