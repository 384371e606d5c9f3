/// A problem found while decoding a FIT file: what went wrong, where (byte offset from the start of
/// the buffer) and a message a user can act on.
public struct FITError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The buffer does not start with a FIT file header (no `.FIT` signature or a bad header size).
        public static let notFIT = Code(rawValue: "not-fit")
        /// The 14-byte header's own CRC does not match its first 12 bytes.
        public static let headerCRCMismatch = Code(rawValue: "header-crc-mismatch")
        /// The file CRC does not match header + data (decoded data is kept; this is a warning).
        public static let fileCRCMismatch = Code(rawValue: "file-crc-mismatch")
        /// The data ends before the header's data size or in the middle of a message.
        public static let truncated = Code(rawValue: "truncated")
        /// A data message uses a local message type that no definition introduced.
        public static let undefinedLocalMessage = Code(rawValue: "undefined-local-message")
        /// A definition message is malformed (e.g. an architecture byte other than 0 or 1).
        public static let badDefinition = Code(rawValue: "bad-definition")

        /// A compressed-timestamp message came before any full timestamp (a warning).
        public static let unresolvedTimestamp = Code(rawValue: "unresolved-timestamp")

        public let rawValue: String
        public var description: String { rawValue }
    }

    public var code: Code
    /// Byte offset (from the start of the decoded buffer) where the problem was found.
    public var offset: Int
    public var message: String

    public init(code: Code, offset: Int, message: String) {
        self.code = code
        self.offset = offset
        self.message = message
    }

    /// The message and where; a CRC mismatch names its byte range itself (the offset is only where
    /// the CRC is stored, which would send the user looking in the wrong place).
    public var description: String { code == .fileCRCMismatch ? message : "\(message) at byte \(offset)" }
}
