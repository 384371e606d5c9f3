import GaitModel
import GaitWire
import Testing

@Suite struct KinematicsPayloadTests {
    static let session = KinematicsSession(
        source: "kinematics/2026-03-18-treadmill.csv", athlete: "ana-ramp", day: CalendarDay.parseDate("2026-03-18"),
        left: SideKinematics(side: .left, strides: 16, peakHipAdduction: AngleStatistic(mean: 9.1, sd: 0.8, strides: 16),
                             pelvicDropAtMidstance: nil, kneeFlexionAtContact: AngleStatistic(mean: 19, sd: 1, strides: 16),
                             peakKneeInternalRotation: AngleStatistic([6, 7]), peakHipInternalRotation: nil,
                             rejectedStrides: [RejectedStride(strike: 1057, nextStrike: 1079, seconds: 0.22, reason: .tooShort),
                                               RejectedStride(strike: 1079, nextStrike: 1230, seconds: 1.51, reason: .tooLong),
                                               RejectedStride(strike: 1230, nextStrike: 1300, seconds: 0.7, reason: .noToeOff)]),
        right: SideKinematics(side: .right, strides: 15, peakHipAdduction: AngleStatistic(mean: 14, sd: 0.7, strides: 15),
                              pelvicDropAtMidstance: AngleStatistic(mean: 4.2, sd: 0.5, strides: 15),
                              kneeFlexionAtContact: AngleStatistic(mean: 11, sd: 1.1, strides: 15),
                              peakKneeInternalRotation: AngleStatistic(mean: 10, sd: 0.6, strides: 15),
                              peakHipInternalRotation: AngleStatistic(mean: 9, sd: 0.7, strides: 15)),
        notes: ["right: foot strike and toe-off detected from knee flexion"])

    @Test func sessionRoundTripsInsideAthleteSeason() throws {
        let undated = KinematicsSession(source: "kinematics/lab.mot", athlete: "ana-ramp", right: Self.session.right)
        let season = AthleteSeason(athlete: "ana-ramp", runs: [], kinematics: [Self.session, undated])
        let decoded = try AthleteSeason(decoding: season.encoded())
        #expect(decoded == season)
        #expect(decoded.kinematics[1].day == nil && decoded.kinematics[1].left == nil)
    }

    /// A union payload decodes by the member type the TASK header names; a type outside the union
    /// is an error naming both.
    @Test func unionsDecodeByMemberType() throws {
        let file = KinematicsFile(path: "kinematics/a.csv", athlete: "a", data: Array("time\n".utf8))
        #expect(GaitInput.wireType == "Activity|KinematicsFile")
        #expect(try GaitInput(decoding: file.encoded(), type: "KinematicsFile") == .second(file))
        #expect(GaitInput.second(file).payloadType == "KinematicsFile")
        #expect(try GaitOutput(decoding: Self.session.encoded(), type: "KinematicsSession") == .second(Self.session))
        #expect(GaitOutput.second(Self.session).payloadType == "KinematicsSession")
        #expect(throws: WireError.self) { _ = try GaitInput(decoding: file.encoded(), type: "RunMetrics") }
        #expect(WireUnion.accepts("Activity|KinematicsFile", "Activity"))
        #expect(!WireUnion.accepts("Activity", "RunMetrics|KinematicsSession"))
        #expect(WireUnion.accepts("RunMetrics|KinematicsSession", "KinematicsSession|RunMetrics"))
    }
}
