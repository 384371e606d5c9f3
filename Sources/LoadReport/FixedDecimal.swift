import Foundation

/// Fixed-decimal number text, the same on every platform and run (DOMAIN determinism: "numbers
/// have fixed decimals per column; missing is empty").
enum FixedDecimal {
    /// `v` with exactly `places` decimals; empty for NaN/infinite (missing). Negative zero prints as zero.
    static func string(_ v: Double, _ places: Int) -> String {
        guard v.isFinite else { return "" }
        let text = String(format: "%.\(places)f", v)
        // "%.1f" of -0.04 is "-0.0"; a sign on zero would make equal values compare unequal as text.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    static func string(_ v: Double?, _ places: Int) -> String {
        v.map { string($0, places) } ?? ""
    }
}
