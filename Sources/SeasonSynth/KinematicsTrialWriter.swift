import Foundation
import GaitModel

/// Lab treadmill trials (100 Hz, 12 s): per-frame hip adduction, hip and knee internal rotation,
/// knee flexion and pelvic obliquity for both legs, built from smooth curves through typical
/// running values (knee ~20° at contact, ~40° mid-stance, ~95° in swing). The ITBS story's right leg
/// shows more hip adduction (+5°), more internal rotation and a straighter knee at contact
/// (DOMAIN.md K1, K3, K4); the others are symmetric. Some trials carry event columns, others leave
/// events to detection; one is an OpenSim `.mot`.
enum KinematicsTrialWriter {
    struct Trial {
        var name: String
        var athlete: SeasonAthlete
        var openSim: Bool
        var events: Bool

        func text(rng: inout SplitMix64) -> String { KinematicsTrialWriter.render(self, rng: &rng) }
    }

    static let rate = 100.0
    static let seconds = 12.0
    static let strideSeconds = 0.72
    static let stanceFraction = 0.36

    static func trials(_ athlete: SeasonAthlete, weeks: Int) -> [Trial] {
        let date = { (week: Int) in CalendarDay.date(SeasonGenerator.firstMonday + Int64(7 * week + 2)) }
        switch athlete.story {
        case .itbsRamp:
            return [Trial(name: "\(date(2))-treadmill.csv", athlete: athlete, openSim: false, events: true),
                    Trial(name: "\(date(max(3, weeks - 2)))-treadmill.csv", athlete: athlete, openSim: false, events: false)]
        case .steadyControl:
            return [Trial(name: "\(date(weeks / 2))-treadmill.csv", athlete: athlete, openSim: false, events: false)]
        case .hillSprintBlock:
            return [Trial(name: "\(date(weeks / 2))-treadmill.mot", athlete: athlete, openSim: true, events: false)]
        }
    }

    /// Cosine interpolation through (phase, value) knots on 0…1, periodic: every knot is an extremum.
    static func curve(_ knots: [(Double, Double)], _ phase: Double) -> Double {
        let all = knots + [(1 + knots[0].0, knots[0].1)]
        for (a, b) in zip(all, all.dropFirst()) where phase >= a.0 && phase < b.0 {
            let f = (phase - a.0) / (b.0 - a.0)
            return a.1 + (b.1 - a.1) * (1 - cos(.pi * f)) / 2
        }
        return knots[0].1
    }

    static func render(_ trial: Trial, rng: inout SplitMix64) -> String {
        let itbs = trial.athlete.story == .itbsRamp
        let channels = ["hip_adduction", "hip_rotation", "knee_flexion", "knee_rotation"]
        var header = ["time"]
        for side in ["l", "r"] { header += channels.map { "\($0)_\(side)" } }
        header.append("pelvic_obliquity")
        if trial.events { header += ["foot_strike_l", "foot_strike_r", "toe_off_l", "toe_off_r"] }
        let frames = Int(seconds * rate)
        // Stride-to-stride variation: one offset per stride and side.
        let strides = Int(seconds / strideSeconds) + 2
        let wobble = (0..<(2 * strides * 4)).map { _ in rng.gaussian() }
        var rows: [String] = []
        for f in 0..<frames {
            let t = Double(f) / rate
            var row = [String(format: "%.2f", t)]
            var strikes: [String] = [], toeOffs: [String] = []
            var obliquity = 0.0
            for (s, right) in [false, true].enumerated() {
                let cycle = t / strideSeconds + (right ? 0.5 : 0)
                let phase = cycle - cycle.rounded(.down)
                let k = min(strides - 1, Int(cycle)) * 2 + s
                let affected = itbs && right
                let adduction = (affected ? 14 : 9) + 0.8 * wobble[4 * k]
                let contact = (affected ? 11 : 19) + 1.0 * wobble[4 * k + 1]
                let hipIR = (affected ? 9 : 5) + 0.7 * wobble[4 * k + 2]
                let kneeIR = (affected ? 10 : 6) + 0.7 * wobble[4 * k + 3]
                let values = [
                    curve([(0, 2), (0.12, adduction), (0.6, -4)], phase),
                    curve([(0, 0), (0.2, hipIR), (0.65, -3)], phase),
                    curve([(0, contact), (0.15, 42), (stanceFraction, 14), (0.68, 95)], phase),
                    curve([(0, 1), (0.1, kneeIR), (0.6, -2)], phase),
                ]
                row += values.map { String(format: "%.3f", $0 + 0.15 * rng.gaussian()) }
                // Positive obliquity = left side down, i.e. the drop of right stance.
                let drop = (affected ? 7.0 : 4.5) * curve([(0, 0), (0.18, 1), (stanceFraction, 0), (0.7, 0)], phase)
                obliquity += right ? drop : -drop
                let previous = (t - 1 / rate) / strideSeconds + (right ? 0.5 : 0)
                let previousPhase = previous - previous.rounded(.down)
                strikes.append(f > 0 && phase < previousPhase ? "1" : "0")
                toeOffs.append(f > 0 && phase >= stanceFraction && previousPhase < stanceFraction ? "1" : "0")
            }
            row.append(String(format: "%.3f", obliquity))
            if trial.events { row += strikes + toeOffs }
            rows.append(row.joined(separator: trial.openSim ? "\t" : ","))
        }
        let separator = trial.openSim ? "\t" : ","
        let table = header.joined(separator: separator) + "\n" + rows.joined(separator: "\n") + "\n"
        guard trial.openSim else { return table }
        return "\(trial.name)\nversion=1\nnRows=\(frames)\nnColumns=\(header.count)\ninDegrees=yes\nendheader\n" + table
    }
}
