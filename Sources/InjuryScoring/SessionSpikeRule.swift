import Foundation
public import GaitModel

/// L1 session spike (DOMAIN.md "Load"): a run's distance ÷ the longest run of the previous 30 days.
///
/// Frandsen 2025 (BJSM, 5,205 Garmin runners, 18-month prospective cohort) found adjusted hazards of
/// 1.64 for >1.10–1.30, 1.52 for >1.30–2.0 and 2.28 for >2.0 against ≤1.10 — the strongest load signal.
public enum SessionSpikeRule {
    public static let id = "L1"
    /// The study's look-back window. "Previous 30 days" is taken as the runs that started strictly
    /// before this run's start time and no more than 30 × 86,400 s before it, so an earlier run on
    /// the same day counts and the run itself never does.
    public static let windowSeconds: Int64 = 30 * 86_400

    /// The ratio bands; each band's lower bound is exclusive (">1.10", DOMAIN.md).
    public enum Band: String, Sendable, CaseIterable, Comparable {
        case small, moderate, large

        private var rank: Int { Band.allCases.firstIndex(of: self) ?? 0 }
        public static func < (a: Band, b: Band) -> Bool { a.rank < b.rank }
    }

    /// Band lower bounds, strictly increasing (`validate` rejects other params: ParamSpec.lessThan).
    public struct Thresholds: Sendable, Equatable {
        public var small: Double
        public var moderate: Double
        public var large: Double

        /// Frandsen 2025's cut-offs.
        public static let study = Thresholds(small: 1.10, moderate: 1.30, large: 2.0)

        public init(small: Double, moderate: Double, large: Double) {
            self.small = small
            self.moderate = moderate
            self.large = large
        }

        public func lowerBound(of band: Band) -> Double {
            switch band {
            case .small: small
            case .moderate: moderate
            case .large: large
            }
        }

        /// The band a ratio falls in, nil at or below the small bound.
        public func band(for ratio: Double) -> Band? {
            if ratio > large { return .large }
            if ratio > moderate { return .moderate }
            if ratio > small { return .small }
            return nil
        }
    }

    public enum Outcome: Sendable, Equatable {
        /// No earlier run with a distance in the window: nothing to compare with (never "0").
        case insufficientData(reason: String)
        case notFired(ratio: Double, baselineM: Double)
        case fired(Band, ratio: Double, baselineM: Double)
    }

    /// Evaluates `run` against `history` (any runs of the same athlete; only running runs with a
    /// distance that started inside the window are used).
    public static func evaluate(_ run: RunMetrics, history: [RunMetrics], thresholds: Thresholds) -> Outcome {
        guard run.distanceM > 0 else {
            return .insufficientData(reason: "run has no distance")
        }
        let previous = previousRuns(before: run, in: history)
        guard let baseline = previous.map(\.distanceM).max() else {
            return .insufficientData(reason: "no run with a distance in the previous 30 days")
        }
        let ratio = run.distanceM / baseline
        if let band = thresholds.band(for: ratio) {
            return .fired(band, ratio: ratio, baselineM: baseline)
        }
        return .notFired(ratio: ratio, baselineM: baseline)
    }

    /// Running runs with a positive distance that started in [start − 30 d, start).
    static func previousRuns(before run: RunMetrics, in history: [RunMetrics]) -> [RunMetrics] {
        history.filter {
            $0.sport == "running" && $0.distanceM > 0 && $0.startTime < run.startTime
                && $0.startTime >= run.startTime - windowSeconds
        }
    }

    /// The fired-rule record, with the value, threshold, baseline and source DOMAIN.md requires.
    static func firedRule(_ run: RunMetrics, band: Band, ratio: Double, baselineM: Double,
                          thresholds: Thresholds) -> FiredRule {
        let threshold = thresholds.lowerBound(of: band)
        let detail = "distance \(format(run.distanceM / 1000, 1)) km is \(format(ratio, 2))× the longest run "
            + "of the previous 30 days (\(format(baselineM / 1000, 1)) km): \(band.rawValue) session spike "
            + "(>\(format(threshold, 2)))"
        let info = RuleCatalog.info(id)
        return FiredRule(id: id, band: band.rawValue, runID: run.runID,
                         date: CalendarDay.date(CalendarDay.dayNumber(run.startTime)), value: ratio,
                         threshold: threshold, baseline: baselineM, source: info.source, design: info.design,
                         detail: detail, unit: "ratio")
    }

    private static func format(_ v: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", v)
    }
}
