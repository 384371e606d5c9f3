import GaitModel

/// A fired rule's value, threshold and baseline as text in the rule's unit.
struct FiredRuleFormat {
    var value: String
    var threshold: String
    var baseline: String

    /// The rule with its band as a reader says it: "G1 low", "S2 inferior pole" (S2 and S3 carry the
    /// site's raw name as their band), "L2".
    static func name(id: String, band: String) -> String {
        guard !band.isEmpty else { return id }
        return id + " " + (SymptomEntry.Location(rawValue: band)?.label ?? band)
    }

    init(_ r: FiredRule, units: DisplayUnits) {
        func text(_ v: Double) -> String {
            switch r.unit {
            case "ratio", "": FixedDecimal.string(v, 2) + "×"
            case "%": FixedDecimal.string(v, 1) + " %"
            case "spm": FixedDecimal.string(v, 1) + " steps/min"
            case "m": FixedDecimal.string(v, 0) + " m"
            case "min": FixedDecimal.string(v, 0) + " min"
            case "deg": FixedDecimal.string(v, 1) + "°"
            case "pain 0-10": FixedDecimal.string(v, 0) + "/10"
            case "runs": FixedDecimal.string(v, 0) + " runs"
            case "aggravators": FixedDecimal.string(v, 0) + " aggravators"
            default: FixedDecimal.string(v, 2) + " " + r.unit
            }
        }
        value = text(r.value)
        threshold = text(r.threshold)
        // The baseline is not always in the value's unit: L1 compares with the longest run of 30 days
        // (metres), L2 with the preceding week (km), G3 with the ground-contact balance (% left).
        switch r.id {
        case "L1": baseline = units.text(km: r.baseline / 1000)
        case "L2": baseline = units.text(km: r.baseline)
        case "G3": baseline = FixedDecimal.string(r.baseline, 1) + " % left"
        // S2 compares the worst pain with s2_pain and the days reported with s2_days (SiteRules).
        case "S2": baseline = ChartLayout.count(Int(r.baseline), "day")
        // S3 has no baseline: two aggravator classes are the threshold.
        case "S3": baseline = "—"
        default: baseline = text(r.baseline)
        }
    }
}
