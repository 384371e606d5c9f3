import GaitModel
import Kinematics
import Testing

/// Which strides count (DOMAIN.md "Gait events from angles"): strike to next strike, a toe-off
/// between, stride time within 0.5–2 × the median; rejected strides are counted and listed.
@Suite struct StrideScreenTests {
    /// Frames at 100 Hz: time = frame / 100.
    static let time = (0...1000).map { Double($0) / 100 }

    /// Stride lengths in frames, the median by hand, and what is rejected.
    @Test(arguments: [
        // 100 × 5: median 100, window 50–200: all kept.
        ([0, 100, 200, 300, 400, 500], [40, 140, 240, 340, 440], [0, 100, 200, 300, 400], [] as [RejectedStride]),
        // 100, 100, 220, 100, 100: median 100; 220 > 200 (a missed strike) is too long.
        ([0, 100, 200, 420, 520, 620], [40, 140, 240, 460, 560], [0, 100, 420, 520],
         [RejectedStride(strike: 200, nextStrike: 420, seconds: 2.2, reason: .tooLong)]),
        // 100, 100, 40, 60, 100: median 100; 40 < 50 (an extra strike) is too short, 60 stays.
        ([0, 100, 200, 240, 300, 400], [40, 140, 220, 270, 340], [0, 100, 240, 300],
         [RejectedStride(strike: 200, nextStrike: 240, seconds: 0.4, reason: .tooShort)]),
        // 100, 100, 200, 100, 100: median 100; exactly 2 × is within the window.
        ([0, 100, 200, 400, 500, 600], [40, 140, 240, 440, 540], [0, 100, 200, 400, 500], []),
        // No toe-off between 100 and 200: no stance to measure.
        ([0, 100, 200, 300], [40, 240], [0, 200],
         [RejectedStride(strike: 100, nextStrike: 200, seconds: 1, reason: .noToeOff)]),
    ] as [([Int], [Int], [Int], [RejectedStride])])
    func stridesOutsideTheWindowAreRejected(strikes: [Int], toeOffs: [Int], accepted: [Int], rejected: [RejectedStride]) {
        let result = StrideScreen.screen(GaitEventDetector.Events(strikes: strikes, toeOffs: toeOffs), time: Self.time)
        #expect(result.accepted.map(\.strike) == accepted)
        #expect(result.rejected.map(\.strike) == rejected.map(\.strike))
        #expect(result.rejected.map(\.nextStrike) == rejected.map(\.nextStrike))
        #expect(result.rejected.map(\.reason) == rejected.map(\.reason))
        for (r, e) in zip(result.rejected, rejected) { #expect(abs(r.seconds - e.seconds) < 1e-9) }
        #expect(result.accepted.count + result.rejected.count == strikes.count - 1)
    }

    /// The hand-made trial (KinematicsTests.trial: 1 s strides, contact 15 + k°, hip adduction peak
    /// 10 + k°) with the marked strikes at frames 300 and 400 missing: strikes 0, 100, 200, 500, 600,
    /// so stride 200→500 lasts 3 s, over 2 × the median of [1, 1, 3, 1] s = 1 s, and is rejected; the
    /// K values come from strides 0, 1 and 5 only: K3 = (15 + 16 + 20) / 3 = 17°, K1 = (10 + 11 + 15) / 3 = 12°.
    @Test func aMissedStrikeMakesALongStrideThatIsRejectedAndCounted() throws {
        var recording = try JointAngleRecording.read(KinematicsTests.trial(events: true), file: "lab.csv")
        recording.channels["foot_strike_r"]?[300] = 0
        recording.channels["foot_strike_r"]?[400] = 0
        let session = try StrideKinematics.summarize(recording, minimumStrides: 3)
        let right = try #require(session.right)
        #expect(right.strides == 3)
        #expect(right.rejectedStrides == [RejectedStride(strike: 200, nextStrike: 500, seconds: 3, reason: .tooLong)])
        #expect(abs(right.kneeFlexionAtContact.mean - 17) < 1e-9)
        #expect(abs(right.peakHipAdduction.mean - 12) < 0.05)
        #expect(session.notes.contains(
            "right: 1 of 4 strides rejected (frames 200–500, 3.0 s: too long); stride time window 0.5 s–2.0 s (0.5–2 × median 1.0 s)"))
    }
}
