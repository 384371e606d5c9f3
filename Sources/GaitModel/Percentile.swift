/// Percentiles of a sample by linear interpolation between closest ranks (Hyndman & Fan 1996 type 7,
/// the default of R's `quantile` and NumPy's `percentile`).
public enum Percentile {
    /// The `p`-quantile (0…1) of the finite values: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
    /// NaN and infinities are gaps in a recording, not values, so they are left out. Nil when no
    /// finite value remains.
    public static func value(_ values: [Double], _ p: Double) -> Double? {
        let x = values.filter(\.isFinite).sorted()
        guard !x.isEmpty else { return nil }
        let h = Double(x.count - 1) * min(max(p, 0), 1)
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, x.count - 1)
        return x[lo] + (h - Double(lo)) * (x[hi] - x[lo])
    }

    /// The median of the finite values (the 0.5-quantile: the mean of the middle two for an even count).
    public static func median(_ values: [Double]) -> Double? { value(values, 0.5) }
}
