public import Foundation
public import GaitModel

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
    /// False for a stage whose answers must not be reused (it has side effects, or reads
    /// something besides its task): the runner neither looks them up nor stores them. Optional in
    /// the JSON; when absent the runner decides (a script is not cached: its digest does not cover
    /// the code it runs).
    public var cacheable: Bool?

    enum CodingKeys: String, CodingKey {
        case name, version, summary, input, output, grouping, params, cacheable
        case protocolVersion = "protocol_version"
    }

    public init(name: String, version: String, protocolVersion: UInt32, summary: String, input: String,
                output: String, grouping: StageGrouping, params: [ParamSpec], cacheable: Bool? = nil) {
        self.name = name
        self.version = version
        self.protocolVersion = protocolVersion
        self.summary = summary
        self.input = input
        self.output = output
        self.grouping = grouping
        self.params = params
        self.cacheable = cacheable
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), version: try c.decode(String.self, forKey: .version),
                  protocolVersion: try c.decode(UInt32.self, forKey: .protocolVersion),
                  summary: try c.decode(String.self, forKey: .summary), input: try c.decode(String.self, forKey: .input),
                  output: try c.decode(String.self, forKey: .output), grouping: try c.decode(StageGrouping.self, forKey: .grouping),
                  params: try c.decode([ParamSpec].self, forKey: .params),
                  cacheable: try c.decodeIfPresent(Bool.self, forKey: .cacheable))
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
