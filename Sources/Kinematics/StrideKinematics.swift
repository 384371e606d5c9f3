import GaitModel

/// Per-side K1–K4 over the strides of a session (issue 4): stance = foot strike → toe-off of the
/// same side; a stride = one strike to the next. At least `minimumStrides` are needed per side, as
/// one stride is too noisy to compare (2D angles vary 3–8° within a day: Damsted 2015).
public enum StrideKinematics {
    public static let minimumStrides = 5

    public static func summarize(_ recording: JointAngleRecording, minimumStrides: Int = Self.minimumStrides)
        throws(KinematicsError) -> KinematicsSession {
        var summary = KinematicsSession(source: recording.file, athlete: "", day: SessionDate.day(inFileName: recording.file))
        var shortest: (side: BodySide, found: Int)?
        for side in BodySide.allCases {
            guard let knee = recording.values(.kneeFlexion, side), let hipAdduction = recording.values(.hipAdduction, side),
                  let events = GaitEventDetector.events(recording, side: side) else {
                summary.notes.append("\(side.word): no knee flexion and hip adduction columns")
                continue
            }
            if recording.values(.footStrike, side) == nil || recording.values(.toeOff, side) == nil {
                summary.notes.append("\(side.word): foot strike and toe-off detected from knee flexion")
            }
            let stances = stancePhases(events)
            guard stances.count >= minimumStrides else {
                summary.notes.append("\(side.word): \(stances.count) strides, \(minimumStrides) needed")
                if shortest == nil || stances.count < (shortest?.found ?? 0) { shortest = (side, stances.count) }
                continue
            }
            func peak(_ values: [Double]) -> AngleStatistic {
                AngleStatistic(stances.compactMap { r in values[r].filter(\.isFinite).max() })
            }
            func atMidstance(_ values: [Double]) -> AngleStatistic {
                AngleStatistic(stances.map { values[($0.lowerBound + $0.upperBound) / 2] }.filter(\.isFinite))
            }
            let result = SideKinematics(
                side: side, strides: stances.count,
                peakHipAdduction: peak(hipAdduction),
                pelvicDropAtMidstance: recording.values(.pelvicDrop, side).map(atMidstance),
                kneeFlexionAtContact: AngleStatistic(stances.map { knee[$0.lowerBound] }.filter(\.isFinite)),
                peakKneeInternalRotation: recording.values(.kneeInternalRotation, side).map(peak),
                peakHipInternalRotation: recording.values(.hipInternalRotation, side).map(peak))
            if side == .left { summary.left = result } else { summary.right = result }
        }
        if summary.left == nil, summary.right == nil {
            let found = shortest ?? (.right, 0)
            throw KinematicsError(.tooFewStrides(side: found.side, found: found.found, needed: minimumStrides),
                                  file: recording.file,
                                  "fewer than \(minimumStrides) complete strides on either side (\(summary.notes.joined(separator: "; "))); "
                                      + "record a longer trial or give foot_strike_* and toe_off_* columns")
        }
        return summary
    }

    /// Stance frame ranges: each strike paired with the first toe-off after it and before the next strike.
    static func stancePhases(_ events: GaitEventDetector.Events) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        let strikes = events.strikes.sorted(), toeOffs = events.toeOffs.sorted()
        var t = 0
        for (k, strike) in strikes.enumerated() {
            while t < toeOffs.count, toeOffs[t] <= strike { t += 1 }
            guard t < toeOffs.count else { break }
            let next = k + 1 < strikes.count ? strikes[k + 1] : Int.max
            if toeOffs[t] < next { result.append(strike...toeOffs[t]) }
        }
        return result
    }
}
