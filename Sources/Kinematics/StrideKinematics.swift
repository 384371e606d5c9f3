public import GaitModel

/// Per-side K1–K4 over the accepted strides of a session (issue 4; DOMAIN.md "Gait events from
/// angles"): a stride = one strike to the next of the same side, stance = its strike → toe-off;
/// `StrideScreen` decides which strides count. At least `minimumStrides` accepted strides are needed
/// per side, as one stride is too noisy to compare (2D angles vary 3–8° within a day: Damsted 2015).
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
            let screened = StrideScreen.screen(events, time: recording.time)
            if !screened.rejected.isEmpty { summary.notes.append(rejectionNote(side, screened)) }
            let stances = screened.accepted.map(\.stance)
            guard stances.count >= minimumStrides else {
                summary.notes.append("\(side.word): \(stances.count) strides accepted, \(minimumStrides) needed")
                if shortest == nil || stances.count < (shortest?.found ?? 0) { shortest = (side, stances.count) }
                continue
            }
            func peak(_ values: [Double]) -> AngleStatistic {
                AngleStatistic(stances.compactMap { r in values[r].filter(\.isFinite).max() })
            }
            func atMidstance(_ values: [Double]) -> AngleStatistic {
                AngleStatistic(stances.map { values[($0.lowerBound + $0.upperBound) / 2] }.filter(\.isFinite))
            }
            // K values are means over accepted strides only (DOMAIN.md "Gait events from angles").
            let result = SideKinematics(
                side: side, strides: stances.count,
                peakHipAdduction: peak(hipAdduction),
                pelvicDropAtMidstance: recording.values(.pelvicDrop, side).map(atMidstance),
                kneeFlexionAtContact: AngleStatistic(stances.map { knee[$0.lowerBound] }.filter(\.isFinite)),
                peakKneeInternalRotation: recording.values(.kneeInternalRotation, side).map(peak),
                peakHipInternalRotation: recording.values(.hipInternalRotation, side).map(peak),
                rejectedStrides: screened.rejected)
            if side == .left { summary.left = result } else { summary.right = result }
        }
        if summary.left == nil, summary.right == nil {
            let found = shortest ?? (.right, 0)
            throw KinematicsError(.tooFewStrides(side: found.side, found: found.found, needed: minimumStrides),
                                  file: recording.file,
                                  "fewer than \(minimumStrides) accepted strides on either side (\(summary.notes.joined(separator: "; "))); "
                                      + "record a longer trial or give foot_strike_* and toe_off_* columns")
        }
        return summary
    }

    /// "left: 1 of 16 strides rejected (frames 1057–1079, 0.22 s: too short); stride time window
    /// 0.36 s–1.44 s (0.5–2 × median 0.72 s)": the count and the list DOMAIN.md asks for, in words a
    /// reader can check.
    static func rejectionNote(_ side: BodySide, _ screened: StrideScreen.Result) -> String {
        let total = screened.accepted.count + screened.rejected.count
        func s(_ x: Double) -> String { x.isFinite ? "\((x * 100).rounded() / 100) s" : "? s" }
        let list = screened.rejected.map { r in
            let why = switch r.reason {
            case .tooShort: "too short"
            case .tooLong: "too long"
            case .noToeOff: "no toe-off"
            }
            return "frames \(r.strike)–\(r.nextStrike), \(s(r.seconds)): \(why)"
        }
        var note = "\(side.word): \(screened.rejected.count) of \(total) strides rejected (\(list.joined(separator: "; ")))"
        if let m = screened.medianSeconds {
            note += "; stride time window \(s(StrideScreen.window.lowerBound * m))–\(s(StrideScreen.window.upperBound * m))"
                + " (0.5–2 × median \(s(m)))"
        }
        return note
    }
}
