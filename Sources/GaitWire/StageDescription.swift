import Foundation
import GaitModel

/// What `STAGE --describe` prints: enough for the runner to check a pipeline before starting it.
/// Part of the protocol (PROTOCOL.md), so the runner reads it without linking the stage kit.
public struct StageDescription: Codable, Sendable, Equatable {
    public var name: String
    public var version: String
    public var protocolVersion: UInt32
    public var summary: String
    public var input: String
    public var output: String
    public var grouping: StageGrouping
    public var params: [ParamSpec]

    enum CodingKeys: String, CodingKey {
        case name, version, summary, input, output, grouping, params
        case protocolVersion = "protocol_version"
    }

    public init(name: String, version: String, protocolVersion: UInt32, summary: String, input: String,
                output: String, grouping: StageGrouping, params: [ParamSpec]) {
        self.name = name
        self.version = version
        self.protocolVersion = protocolVersion
        self.summary = summary
        self.input = input
        self.output = output
        self.grouping = grouping
        self.params = params
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    public static func parse(_ data: Data) throws -> StageDescription {
        try JSONDecoder().decode(StageDescription.self, from: data)
    }
}

/// Whether a stage gets one task per item or one per athlete with the whole group (DESIGN.md).
public enum StageGrouping: String, Sendable, Codable {
    case none
    case athlete
}

/// Exit statuses a replica uses to tell its starter something (PROTOCOL.md).
public enum ReplicaExitStatus {
    /// A remote replica the runner never answered: it was refused or could not connect, and said
    /// which on its last stderr line (`gaitpipe worker` prints that once and retries quietly).
    public static let notAdmitted: Int32 = 3
}
