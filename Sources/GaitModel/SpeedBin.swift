/// Running cadence and step length within one speed bin of a run: the season's matched-speed
/// baseline (G1, G2) is a regression over these, weighted by `seconds`.
public struct SpeedBin: Sendable, Equatable {
    /// Lower edge of the bin, m/s (bins are `SpeedBin.width` wide).
    public var lowerMPS: Double
    /// Running seconds with cadence in this bin.
    public var seconds: Double
    /// Mean cadence, steps/min.
    public var cadenceSPM: Double
    /// Mean step length, metres; NaN when neither native nor derivable.
    public var stepLengthM: Double

    /// Bin width, m/s: 0.25 m/s ≈ 0.9 km/h, finer than the 2 km/h over which cadence rises ~5 spm.
    public static let width = 0.25

    public init(lowerMPS: Double, seconds: Double, cadenceSPM: Double, stepLengthM: Double) {
        self.lowerMPS = lowerMPS
        self.seconds = seconds
        self.cadenceSPM = cadenceSPM
        self.stepLengthM = stepLengthM
    }

    // NaN step lengths (not measurable) compare equal so that wire round-trips do.
    public static func == (a: Self, b: Self) -> Bool {
        a.lowerMPS == b.lowerMPS && a.seconds == b.seconds && a.cadenceSPM == b.cadenceSPM
            && (a.stepLengthM == b.stepLengthM || (a.stepLengthM.isNaN && b.stepLengthM.isNaN))
    }
}
