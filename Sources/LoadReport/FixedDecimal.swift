import Foundation

/// Fixed-decimal number text, the same on every platform and run (DOMAIN determinism: "numbers
/// have fixed decimals per column; missing is empty").
///
/// The text is exactly C's `%.Nf` of the value (the exact binary value rounded to N decimals).
/// Reports print hundreds of thousands of numbers, and `String(format:)` took 45 % of load-report's
/// time on 50 × 26, so most values take an integer path: scaled by 10^N, a value below 10^9 is within
/// 1.2e-7 of its exact scaled value, so away from a rounding half (farther than 1e-6) it rounds the
/// same way; values near a half, and large ones, are still formatted by `%.Nf`.
enum FixedDecimal {
    /// `v` with exactly `places` decimals; empty for NaN/infinite (missing). Negative zero prints as zero.
    static func string(_ v: Double, _ places: Int) -> String {
        guard v.isFinite else { return "" }
        return scaledInteger(v, places) ?? formatted(v, places)
    }

    static func string(_ v: Double?, _ places: Int) -> String {
        v.map { string($0, places) } ?? ""
    }

    private static let powersOfTen: [Double] = (0...9).map { pow(10, Double($0)) }
    private static let powersOfTenInteger: [UInt64] = (0...9).map { (0..<$0).reduce(1) { p, _ in p * 10 } }

    /// The integer path, or nil when `%.Nf` must decide.
    static func scaledInteger(_ v: Double, _ places: Int) -> String? {
        guard places >= 0, places < powersOfTen.count else { return nil }
        let scaled = abs(v) * powersOfTen[places]
        guard scaled < 1e9 else { return nil }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        guard abs(fraction - 0.5) > 1e-6 else { return nil }
        let n = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
        // A negative value that rounds to zero prints without its sign (as below).
        let negative = v < 0 && n > 0
        // Digits written from the right end of the string's own buffer: `places` decimals, the
        // point, then at least one integer digit (< 1e9 scaled: at most 10 + 1 + places bytes).
        var length = places + (places > 0 ? 1 : 0) + (negative ? 1 : 0)
        var rest = n / powersOfTenInteger[places]
        repeat { length += 1; rest /= 10 } while rest > 0
        return String(unsafeUninitializedCapacity: length) { buffer in
            var m = n, i = length
            for _ in 0..<places {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
            }
            if places > 0 { i -= 1; buffer[i] = UInt8(ascii: ".") }
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
            } while m > 0
            if negative { buffer[0] = UInt8(ascii: "-") }
            return length
        }
    }

    /// `%.Nf`, without the sign of a negative zero.
    static func formatted(_ v: Double, _ places: Int) -> String {
        let text = String(format: "%.\(places)f", v)
        // "%.1f" of -0.04 is "-0.0"; a sign on zero would make equal values compare unequal as text.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }
}
