/// What the decoder got out of a buffer: every message decoded before any fatal problem,
/// non-fatal warnings (CRC mismatches) and the fatal error, if decoding stopped early.
public struct FITFile: Sendable {
    public var messages: [FITMessage]
    /// Problems that did not stop decoding, such as a file CRC mismatch.
    public var warnings: [FITError]
    /// Why decoding stopped before the end of the buffer; nil when the whole buffer was read.
    public var error: FITError?
    /// Number of FIT segments (chained files) whose header was read.
    public var segmentCount: Int

    public init(messages: [FITMessage] = [], warnings: [FITError] = [], error: FITError? = nil, segmentCount: Int = 0) {
        self.messages = messages
        self.warnings = warnings
        self.error = error
        self.segmentCount = segmentCount
    }

    /// The messages with a given global number, in file order.
    public func messages(_ globalNumber: UInt16) -> [FITMessage] {
        messages.filter { $0.globalNumber == globalNumber }
    }
}
