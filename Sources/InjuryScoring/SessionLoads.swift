import GaitModel

/// DOMAIN.md "Load units": one unit per athlete for L3–L5, and each session's load in it — measured,
/// estimated from the athlete's own sessions, or unknown. A strength or plyometric block must never
/// look like a deload, so a session without the unit's measure is estimated, never counted as 0.
struct SessionLoads {
    enum Unit: String, CaseIterable {
        /// Session RPE × minutes (Foster 2001).
        case srpe
        /// Banister TRIMP.
        case trimp
        /// Running distance; non-running sessions carry no load ("running load only").
        case km
    }

    struct SessionLoad: Equatable {
        /// In the unit; nil when neither measured nor estimable (its day is then unknown).
        var value: Double?
        var estimated: Bool
    }

    /// Sessions with both TRIMP and session RPE needed before k is trusted (DOMAIN.md).
    static let minimumPairsForK = 10
    /// Sessions of the same sport with the measure needed for a load-per-minute estimate. DOMAIN.md
    /// names no number; 3 keeps one odd session from setting a sport's rate (README's scoring table).
    static let minimumSameSport = 3

    let unit: Unit
    /// Why this unit, as the report's notes say it.
    let why: String
    /// k = median TRIMP ÷ (RPE × minutes) over the athlete's sessions that have both; nil with fewer
    /// than `minimumPairsForK` of them or when the unit is not TRIMP.
    let k: Double?
    /// By run id.
    private let loads: [String: SessionLoad]

    init(_ ctx: ScoringContext) {
        let p = ctx.params
        let all = ctx.activities
        let withRPE = all.filter { $0.sessionRPELoad != nil }.count
        let withHR = ctx.running.filter { $0.trimp != nil }.count
        let rpeShare = all.isEmpty ? 0 : Double(withRPE) / Double(all.count)
        let hrShare = ctx.running.isEmpty ? 0 : Double(withHR) / Double(ctx.running.count)
        let pct = { (x: Double) in fmt(x * 100, 0) + "%" }
        if let pinned = Unit(rawValue: p.loadUnit) {
            unit = pinned
            why = "pinned by the load_unit param (\(withRPE) of \(all.count) sessions have an RPE, \(withHR) of "
                + "\(ctx.running.count) runs heart rate)"
        } else if !all.isEmpty, rpeShare >= p.srpeSessionShare - 1e-9 {
            unit = .srpe
            why = "\(pct(rpeShare)) of sessions (runs and others) have an RPE (≥ \(pct(p.srpeSessionShare)); Foster 2001)"
        } else if !ctx.running.isEmpty, hrShare >= p.trimpRunShare - 1e-9 {
            unit = .trimp
            why = "\(pct(rpeShare)) of sessions have an RPE (< \(pct(p.srpeSessionShare))) and \(pct(hrShare)) of runs "
                + "have heart rate (≥ \(pct(p.trimpRunShare)))"
        } else {
            unit = .km
            why = "fewer than \(pct(p.srpeSessionShare)) of sessions have an RPE and fewer than \(pct(p.trimpRunShare)) "
                + "of runs heart rate: running load only"
        }
        let ratios = all.compactMap { a -> Double? in
            guard let t = a.trimp, let s = a.sessionRPELoad, s > 0 else { return nil }
            return t / s
        }
        k = unit == .trimp && ratios.count >= Self.minimumPairsForK ? median(ratios) : nil
        var loads: [String: SessionLoad] = [:]
        for a in all { loads[a.runID] = Self.load(a, unit: unit, k: k, all: all) }
        self.loads = loads
    }

    /// The measure itself, when the session has it.
    static func measured(_ a: RunMetrics, unit: Unit) -> Double? {
        switch unit {
        case .srpe: a.sessionRPELoad
        case .trimp: a.trimp
        case .km: a.sport == "running" ? a.distanceM / 1000 : 0
        }
    }

    /// Measured; else (TRIMP) RPE × minutes × k; else minutes × the athlete's median load per minute in
    /// the same sport; else nil.
    static func load(_ a: RunMetrics, unit: Unit, k: Double?, all: [RunMetrics]) -> SessionLoad {
        if let v = measured(a, unit: unit) { return SessionLoad(value: v, estimated: false) }
        if unit == .trimp, let k, let s = a.sessionRPELoad { return SessionLoad(value: s * k, estimated: true) }
        let rates = all.compactMap { o -> Double? in
            guard o.sport == a.sport, o.durationS > 0, let v = measured(o, unit: unit) else { return nil }
            return v / (o.durationS / 60)
        }
        if rates.count >= minimumSameSport, let rate = median(rates), a.durationS > 0 {
            return SessionLoad(value: rate * a.durationS / 60, estimated: true)
        }
        return SessionLoad(value: nil, estimated: false)
    }

    func load(_ a: RunMetrics) -> SessionLoad { loads[a.runID] ?? SessionLoad(value: nil, estimated: false) }

    /// Sessions whose load was estimated, and those with none (their days unknown).
    var estimatedCount: Int { loads.values.filter(\.estimated).count }
    var unknownCount: Int { loads.values.filter { $0.value == nil }.count }
}
