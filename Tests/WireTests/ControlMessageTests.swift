import GaitWire
import Testing

@Suite struct ControlMessageTests {
    static let messages: [ControlMessage] = [
        .hello(.init(protocolVersion: 1, stage: "gait-metrics", version: "0.1.0", inputType: "Activity",
                     outputType: "RunMetrics", pid: 4242)),
        .config(params: ["units": "mi", "l1_small": "1.1"], heartbeatMs: 1000),
        .config(params: [:], heartbeatMs: 250),
        .ready(credit: 3),
        .task(.init(itemID: 1 << 40, source: "ana/2026-03-02-run.fit", athlete: "ana", attempt: 2,
                    payloadType: "RawFile")),
        .result(.init(itemID: 9, outputTypes: ["Activity", "Activity"], warnings: ["no session message"],
                      skippedReason: "")),
        .result(.init(itemID: 10, outputTypes: [], warnings: [], skippedReason: "not a FIT file")),
        .error(itemID: 11, retryable: true, message: "out of memory"),
        .heartbeat,
        .shutdown,
    ]

    @Test(arguments: messages)
    func roundTrips(_ message: ControlMessage) throws {
        #expect(try ControlMessage(decoding: message.encoded()) == message)
    }

    @Test(arguments: [[UInt8]([0xFF, 0xFF, 0xFF]), [0x0A, 0x05, 0x01], Array("hello".utf8)])
    func malformedBytesAreAnErrorNotACrash(_ bytes: [UInt8]) {
        #expect(throws: WireError.self) { try ControlMessage(decoding: bytes) }
    }

    @Test func anEmptyControlHasNoBody() {
        #expect(throws: WireError.self) { try ControlMessage(decoding: []) }
    }
}
