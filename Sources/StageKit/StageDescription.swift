import Foundation
import GaitModel
import GaitWire

/// What `STAGE --describe` prints: enough for the runner to check a pipeline before starting it.
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

    public init<S: Stage>(_ stage: S.Type) {
        name = S.name
        version = S.version
        protocolVersion = GaitWire.protocolVersion
        summary = S.summary
        input = S.Input.wireType
        output = S.Output.wireType
        grouping = S.grouping
        params = S.params
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
