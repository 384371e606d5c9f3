import CGaitpipeWire
import CProtobufC

/// A stage's answer to one input as `gaitpipe test-stage` records and compares it (`NAME.out.pb`):
/// the RESULT's content without item ids or attempts, or the ERROR message.
public struct RecordedResult: Sendable, Equatable {
    public var outputTypes: [String]
    public var outputs: [[UInt8]]
    public var warnings: [String]
    public var skippedReason: String
    public var error: String
    /// False for a result cache entry that kept only the output types, not their payloads (an
    /// intermediate output the next stage's cached answer stands in for).
    public var outputsKept: Bool
    /// `ResultHeader.problems`: damage in the input itself.
    public var problems: [String]

    public init(outputTypes: [String] = [], outputs: [[UInt8]] = [], warnings: [String] = [],
                skippedReason: String = "", error: String = "", outputsKept: Bool = true, problems: [String] = []) {
        self.outputTypes = outputTypes
        self.outputs = outputs
        self.warnings = warnings
        self.skippedReason = skippedReason
        self.error = error
        self.outputsKept = outputsKept
        self.problems = problems
    }

    public func encoded() -> [UInt8] {
        withBorrowed(outputs) { lent in
            Self.withPacker(outputTypes: outputTypes,
                            outputs: zip(lent, outputs).map { UnsafeRawBufferPointer(start: $0.0, count: $0.1.count) },
                            warnings: warnings, skippedReason: skippedReason, error: error,
                            outputsKept: outputsKept, problems: problems) { $0.bytes() }
        }
    }

    /// Packs a result whose outputs are borrowed bytes (the runner's received frames, stored in the
    /// result cache without copying them into arrays first).
    public static func withPacker<R>(outputTypes: [String], outputs: [UnsafeRawBufferPointer], warnings: [String],
                                     skippedReason: String, error: String = "", outputsKept: Bool = true,
                                     problems: [String] = [], _ body: (Packer) -> R) -> R {
        let arena = PackArena()
        let m: UnsafeMutablePointer<Gaitpipe__V1__RecordedResult> =
            arena.message { gaitpipe__v1__recorded_result__init($0) }
        m.pointee.n_output_types = outputTypes.count
        m.pointee.output_types = arena.strings(outputTypes)
        let frames = arena.array(ProtobufCBinaryData.self, count: outputs.count)
        for (i, o) in outputs.enumerated() {
            // protobuf-c only reads through the pointer while packing.
            frames[i] = ProtobufCBinaryData(len: o.count, data: o.baseAddress.map {
                UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: UInt8.self))
            })
        }
        m.pointee.n_outputs = outputs.count
        m.pointee.outputs = frames
        m.pointee.n_warnings = warnings.count
        m.pointee.warnings = arena.strings(warnings)
        m.pointee.skipped_reason = arena.string(skippedReason)
        m.pointee.error = arena.string(error)
        m.pointee.outputs_not_kept = outputsKept ? 0 : 1
        m.pointee.n_problems = problems.count
        m.pointee.problems = arena.strings(problems)
        return arena.packer(m, body)
    }

    public init(decoding bytes: [UInt8]) throws(WireError) {
        self = try decodeArray(bytes) { buffer throws(WireError) in try RecordedResult(decoding: buffer) }
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) {
        self = try unpack(bytes, as: "RecordedResult", gaitpipe__v1__recorded_result__unpack,
                          gaitpipe__v1__recorded_result__free_unpacked) { p in
            let m = p.pointee
            return RecordedResult(outputTypes: CRead.strings(m.n_output_types, m.output_types),
                                  outputs: CRead.array(m.n_outputs, m.outputs).map(CRead.bytes),
                                  warnings: CRead.strings(m.n_warnings, m.warnings),
                                  skippedReason: CRead.string(m.skipped_reason), error: CRead.string(m.error),
                                  outputsKept: m.outputs_not_kept == 0, problems: CRead.strings(m.n_problems, m.problems))
        }
    }
}
