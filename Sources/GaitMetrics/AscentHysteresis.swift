/// Total ascent and descent of an altitude series, counting a climb or a drop once the series has
/// turned by at least `deadband` from its last extreme. Clean profiles keep their exact totals;
/// ripples smaller than the deadband add nothing.
struct AscentHysteresis {
    private let deadband: Double
    private var reference: Double
    private var extreme: Double
    /// nil until the series first moves by a deadband; then the current direction.
    private var rising: Bool?
    private var ascent = 0.0
    private var descent = 0.0

    init(start: Double, deadband: Double) {
        self.deadband = deadband
        reference = start
        extreme = start
    }

    mutating func add(_ a: Double) {
        switch rising {
        case nil:
            if a >= reference + deadband { rising = true; extreme = a } else if a <= reference - deadband { rising = false; extreme = a }
        case true?:
            if a > extreme { extreme = a } else if a <= extreme - deadband {
                ascent += extreme - reference
                reference = extreme
                rising = false
                extreme = a
            }
        case false?:
            if a < extreme { extreme = a } else if a >= extreme + deadband {
                descent += reference - extreme
                reference = extreme
                rising = true
                extreme = a
            }
        }
    }

    /// (ascent, descent), including the leg still open at the end.
    var totals: (ascent: Double, descent: Double) {
        switch rising {
        case true?: (ascent + extreme - reference, descent)
        case false?: (ascent, descent + reference - extreme)
        case nil: (ascent, descent)
        }
    }
}
