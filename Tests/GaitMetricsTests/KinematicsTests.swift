import Foundation
import GaitMetrics
import GaitModel
import Kinematics
import Testing

@Suite struct KinematicsTests {
    /// 6 strides of 100 frames per side: per stride k, hip adduction peaks at 10 + k° at frame 20 of
    /// stance (frames 0–39), knee flexion at contact is 15 + k°, pelvic drop at midstance (frame 19) is
    /// 5°; events given as flag columns. Means: K1 12.5°, K3 17.5°, K2 5°; SD of 0…5 = 1.8708.
    static func trial(events: Bool = true, names: [String: String] = [:]) -> String {
        func name(_ n: String) -> String { names[n] ?? n }
        var header = ["time", name("hip_adduction_r"), name("knee_flexion_r"), "pelvic_drop_r", "hip_rotation_r"]
        if events { header += ["foot_strike_r", "toe_off_r"] }
        var lines = [header.joined(separator: ",")]
        for k in 0..<6 {
            for f in 0..<100 {
                let stance = f < 40
                let adduction = stance ? (10 + Double(k)) * sin(Double.pi * Double(f) / 40) : -2
                // Knee: contact value at f = 0, stance peak 40° at f = 15, minimum 12° at toe-off (f = 39),
                // swing peak 90° at f = 70, back down to the next contact.
                let contact = 15 + Double(k), next = 15 + Double(k + 1)
                let knee: Double = switch f {
                case 0..<15: contact + (40 - contact) * (1 - cos(.pi * Double(f) / 15)) / 2
                case 15..<39: 40 - 28 * (1 - cos(.pi * Double(f - 15) / 24)) / 2
                case 39..<70: 12 + 78 * (1 - cos(.pi * Double(f - 39) / 31)) / 2
                default: 90 - (90 - next) * (1 - cos(.pi * Double(f - 70) / 30)) / 2
                }
                let drop = stance ? 5 * sin(Double.pi * Double(f) / 38) : 0
                var row = [String(format: "%.2f", Double(k * 100 + f) / 100), String(adduction), String(knee), String(drop), "3"]
                if events { row += [f == 0 ? "1" : "0", f == 39 ? "1" : "0"] }
                lines.append(row.joined(separator: ","))
            }
        }
        // A last contact closes stride 6 (detection needs the swing peak before it), and a frame
        // after it makes that contact a minimum (the last frame of a recording never is one).
        var last = ["6.00", "0", "21", "0", "3"], after = ["6.01", "0.6", "21.2", "0.4", "3"]
        if events { last += ["1", "0"]; after += ["0", "0"] }
        lines.append(last.joined(separator: ","))
        lines.append(after.joined(separator: ","))
        return lines.joined(separator: "\n") + "\n"
    }

    /// With event columns all 6 strides count; detection needs the swing peak before a contact, so
    /// it finds strides 2–6: K1 mean 13°, SD of 11…15 = 1.5811; K3 mean 18°.
    @Test(arguments: [(true, 6, 12.5, 1.8708, 17.5), (false, 5, 13, 1.5811, 18)])
    func k1ToK3OnKnownCurves(events: Bool, strides: Int, k1: Double, k1SD: Double, k3: Double) throws {
        let recording = try JointAngleRecording.read(Self.trial(events: events), file: "lab.csv")
        let right = try #require(try StrideKinematics.summarize(recording).right)
        #expect(right.strides == strides)
        #expect(abs(right.peakHipAdduction.mean - k1) < 0.05)
        #expect(abs(right.peakHipAdduction.sd - k1SD) < 0.05)
        #expect(abs(right.kneeFlexionAtContact.mean - k3) < 1e-9)
        #expect(abs(try #require(right.pelvicDropAtMidstance).mean - 5) < 0.05)
        #expect(try #require(right.peakHipInternalRotation).mean == 3)
        #expect(right.peakKneeInternalRotation == nil)
    }

    @Test func openSimMotWithMappedColumns() throws {
        let csv = Self.trial(names: ["hip_adduction_r": "RHipAngles_Y", "knee_flexion_r": "RKneeAngles_X"])
        let mot = "trial\nversion=1\ninDegrees=yes\nendheader\n" + csv.replacingOccurrences(of: ",", with: "\t")
        let map = KinematicsColumnMap(["hip_adduction_r": "RHipAngles_Y", "knee_flexion_r": "RKneeAngles_X"])
        let right = try StrideKinematics.summarize(try JointAngleRecording.read(mot, file: "lab.mot", columns: map)).right
        #expect(right.map { abs($0.peakHipAdduction.mean - 12.5) < 0.05 } == true)
    }

    @Test func unknownLayoutListsColumnsFoundAndExpected() {
        #expect {
            _ = try JointAngleRecording.read("time,RHipAngles_Y,foo\n0,1,2\n", file: "lab.csv")
        } throws: { error in
            guard let e = error as? KinematicsError, case .unknownLayout(let found, let expected) = e.code else { return false }
            return found == ["time", "RHipAngles_Y", "foo"] && expected.contains("knee_flexion_r")
                && e.description.contains("columns found: time, RHipAngles_Y, foo")
        }
    }

    @Test func tooFewStridesIsAnError() {
        let short = Self.trial().split(separator: "\n").prefix(250).joined(separator: "\n")
        #expect(throws: KinematicsError.self) {
            _ = try StrideKinematics.summarize(try JointAngleRecording.read(short, file: "lab.csv"))
        }
    }
}

@Suite struct KinematicsFileTests {
    @Test(arguments: [
        ("time,hip_adduction_r,knee_flexion_r\n0,1,2\n0.01,1\n", "lab.csv: line 3: 2 values for 3 columns (header on line 1)"),
        ("v=1\nendheader\ntime\thip_adduction_r\tknee_flexion_r\n\n0\t1\tx2\n", "lab.csv: line 5, column 3 ('knee_flexion_r'): 'x2' is not a number"),
        ("\n\n", "lab.csv: no header row with column names"),
    ])
    func brokenRowsNameLineAndColumn(text: String, message: String) {
        #expect {
            _ = try JointAngleTable.parse(text, file: "lab.csv")
        } throws: { error in
            (error as? KinematicsError)?.description == message
        }
    }

    @Test func emptyAndNaNCellsAreGaps() throws {
        let table = try JointAngleTable.parse("time,a\n0,\n0.01,NaN\n0.02,3\n", file: "lab.csv")
        #expect(table.values[1][0].isNaN && table.values[1][1].isNaN && table.values[1][2] == 3)
    }

    /// A param naming a column the file lacks is an unknown layout, not a silently missing channel.
    @Test func mappedColumnMissingFromTheFile() {
        let map = KinematicsColumnMap(["knee_flexion_r": "RKneeAngles_X"])
        #expect {
            _ = try JointAngleRecording.read(KinematicsTests.trial(), file: "lab.csv", columns: map)
        } throws: { error in
            guard let e = error as? KinematicsError, case .unknownLayout = e.code else { return false }
            return e.message.contains("knee_flexion_r → 'RKneeAngles_X'") && e.message.contains("columns found: time, hip_adduction_r")
        }
    }

    @Test(arguments: [
        ("kinematics/2026-03-10-treadmill.mot", "2026-03-10"),
        ("kinematics/lab_2026-04-01.csv", "2026-04-01"),
        ("kinematics/2026-03/trial.csv", nil),
        ("kinematics/run-12026-03-10.csv", nil),
        ("kinematics/2026-13-10.csv", nil),
    ])
    func sessionDateFromTheFileName(path: String, date: String?) {
        #expect(SessionDate.day(inFileName: path).map(CalendarDay.date) == date)
    }

    /// Bytes in, session out: athlete, date and notes filled; without event columns the notes say
    /// the events were detected; a side without channels is noted.
    @Test func sessionFromAFile() throws {
        let file = KinematicsFile(path: "kinematics/2026-03-18-lab.csv", athlete: "ana",
                                  data: Array(KinematicsTests.trial(events: false).utf8))
        let session = try KinematicsSessionReader.session(file)
        #expect(session.athlete == "ana" && session.source == "kinematics/2026-03-18-lab.csv")
        #expect(session.day == CalendarDay.parseDate("2026-03-18"))
        #expect(session.left == nil && session.right?.strides == 5)
        #expect(session.notes == ["left: no knee flexion and hip adduction columns",
                                  "right: foot strike and toe-off detected from knee flexion"])
    }

    @Test func notUTF8IsUnreadable() {
        let file = KinematicsFile(path: "kinematics/x.csv", athlete: "a", data: [0xFF, 0xFE, 0x00, 0x41])
        #expect(throws: KinematicsError.self) { _ = try KinematicsSessionReader.session(file) }
    }

    /// The stage params map columns (`hip_adduction_r: RHipAngles_Y`); a bad layout comes back as a
    /// problem message listing the columns found and the names expected.
    @Test func stageParamsMapColumns() throws {
        let csv = KinematicsTests.trial(names: ["hip_adduction_r": "RHipAngles_Y", "knee_flexion_r": "RKneeAngles_X"])
        let file = KinematicsFile(path: "kinematics/lab.csv", athlete: "a", data: Array(csv.utf8))
        let specs = KinematicsSessionAnalysis.paramSpecs
        let mapped = ResolvedParams(specs: specs, given: ["hip_adduction_r": "RHipAngles_Y", "knee_flexion_r": "RKneeAngles_X"])
        let session = try KinematicsSessionAnalysis.session(for: file, params: mapped).get()
        #expect(abs((session.right?.peakHipAdduction.mean ?? 0) - 12.5) < 0.05)
        switch KinematicsSessionAnalysis.session(for: file, params: ResolvedParams(specs: specs, given: [:])) {
        case .success: Issue.record("an unmapped layout must fail")
        case .failure(let problem):
            #expect(problem.message.contains("columns found: time, RHipAngles_Y, RKneeAngles_X"))
            #expect(problem.message.contains("expected names: time, hip_adduction_l, hip_adduction_r"))
        }
    }
}
