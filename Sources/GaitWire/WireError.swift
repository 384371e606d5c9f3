/// A frame that does not decode as the protobuf message it claims to be.
public struct WireError: Error, CustomStringConvertible, Sendable, Equatable {
    public let type: String
    public let byteCount: Int
    public let detail: String

    public init(type: String, byteCount: Int, detail: String = "protobuf-c could not unpack it") {
        self.type = type
        self.byteCount = byteCount
        self.detail = detail
    }

    public var description: String { "malformed \(type) message (\(byteCount) bytes): \(detail)" }
}
