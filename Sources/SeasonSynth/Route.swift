import Foundation

/// The altitude along a run's route, metres by distance. GPS-free: the watch's barometric profile.
struct Route: Sendable {
    enum Kind: Sendable {
        /// Park loops: ±2 m.
        case flat
        /// Rolling hills: ±20 m over 1.9 km and 0.6 km waves.
        case rolling
        /// A climb over the first 30 % then a long descent (−250 m at ≈ 4 %): the ITBS story's long runs.
        case longDescent
        /// Flat warm-up, then `repeats` × (80 m up at 7 %, 80 m back down), then flat.
        case hillRepeats(repeats: Int)
    }

    var kind: Kind
    var length: Double
    var base: Double
    var phase1: Double
    var phase2: Double

    static let hillStart = 2_000.0
    static let hillRepLength = 160.0
    static let hillGrade = 0.07

    init(kind: Kind, length: Double, rng: inout SplitMix64) {
        self.kind = kind
        self.length = length
        base = rng.uniform(40...320)
        phase1 = rng.uniform(0...(2 * .pi))
        phase2 = rng.uniform(0...(2 * .pi))
    }

    /// True when `d` is on the uphill half of a hill repeat.
    func isHillUp(_ d: Double) -> Bool {
        guard case .hillRepeats(let repeats) = kind, d >= Self.hillStart,
              d < Self.hillStart + Double(repeats) * Self.hillRepLength else { return false }
        return (d - Self.hillStart).truncatingRemainder(dividingBy: Self.hillRepLength) < Self.hillRepLength / 2
    }

    func altitude(_ d: Double) -> Double {
        let ripple = 2 * sin(2 * .pi * d / 400 + phase2)
        switch kind {
        case .flat:
            return base + ripple
        case .rolling:
            return base + 14 * sin(2 * .pi * d / 1_900 + phase1) + 6 * sin(2 * .pi * d / 610 + phase2)
        case .longDescent:
            let f = d / max(length, 1)
            let shape = f < 0.3 ? 60 * f / 0.3 : f < 0.7 ? 60 - 250 * (f - 0.3) / 0.4 : -190
            return base + 250 + shape + ripple
        case .hillRepeats(let repeats):
            let end = Self.hillStart + Double(repeats) * Self.hillRepLength
            guard d >= Self.hillStart, d < end else { return base + ripple }
            let k = (d - Self.hillStart).truncatingRemainder(dividingBy: Self.hillRepLength)
            let half = Self.hillRepLength / 2
            return base + Self.hillGrade * (k < half ? k : Self.hillRepLength - k)
        }
    }
}
