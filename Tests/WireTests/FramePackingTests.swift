import GaitModel
import GaitWire
import Testing
import ZeroMQ

/// Replicas pack outputs straight into the libzmq message they leave in and decode TASK payloads
/// in place; the runner packs input files the same way. The bytes must be exactly `encoded()`'s.
@Suite struct FramePackingTests {
    static let activity: Activity = {
        let n = 5_000
        var s = SampleColumns()
        s.timestamp = (0..<n).map { 1_772_434_800 + Int64($0) }
        s.distance = (0..<n).map { Double($0) * 3.1 }
        s.speed = (0..<n).map { (i: Int) -> Double in i % 97 == 0 ? .nan : 3 + Double(i % 7) / 10 }
        let columns: [WritableKeyPath<SampleColumns, [Double]>] = [
            \.altitude, \.heartRate, \.cadence, \.power, \.stanceTime, \.stanceTimeBalance, \.stepLength,
            \.verticalOscillation, \.verticalRatio, \.latitude, \.longitude,
        ]
        for (k, column) in columns.enumerated() {
            s[keyPath: column] = (0..<n).map { (i: Int) -> Double in Double((i + k) % 211) + 0.25 }
        }
        return Activity(runID: "a.fit", athlete: "ana", sport: "running", startTime: 1_772_434_800,
                        device: "fenix", samples: s, warnings: ["w"])
    }()

    @Test func anActivityPackedIntoAFrameIsItsEncoding() throws {
        let frame = try Self.activity.withThrowingPacker { p throws(ZMQError) in try ZMQFrame(size: p.size, fill: p.write) }
        #expect(frame.bytes == Self.activity.encoded())
        let back = try frame.withUnsafeBytes { try Activity(decoding: $0) }
        #expect(back.samples.timestamp == Self.activity.samples.timestamp)
        #expect(back.samples.speed[97].isNaN && back.samples.speed[1] == Self.activity.samples.speed[1])
        #expect(back.samples.longitude == Self.activity.samples.longitude)
        // A union member decodes from the same frame by the type the TASK header names.
        let input = try frame.withUnsafeBytes { try GaitInput(decoding: $0, type: Activity.wireType) }
        #expect(input == .first(back))
    }

    @Test func aRawFileLendsItsBytesToThePacker() throws {
        let data = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = RawFile(path: "runs/a.fit", athlete: "ana", data: data)
        let frame = try file.withThrowingPacker { p throws(ZMQError) in try ZMQFrame(size: p.size, fill: p.write) }
        #expect(frame.bytes == file.encoded())
        let back = try frame.withUnsafeBytes { try RawFile(decoding: $0) }
        #expect(back == file)
    }

    @Test func aTruncatedFrameIsAWireError() throws {
        let bytes = Array(Self.activity.encoded().prefix(1_000))
        let frame = try ZMQFrame(size: bytes.count) { $0.copyMemory(from: bytes, byteCount: bytes.count) }
        #expect(throws: WireError.self) { try frame.withUnsafeBytes { try Activity(decoding: $0) } }
    }
}
