/// One bin of a distribution: values in `lower ..< lower + width` for `seconds`.
public struct HistogramBin: Sendable, Equatable {
    public var lower: Double
    public var seconds: Double

    public init(lower: Double, seconds: Double) {
        self.lower = lower
        self.seconds = seconds
    }
}
