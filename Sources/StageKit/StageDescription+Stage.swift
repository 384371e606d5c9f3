import GaitWire

extension StageDescription {
    /// The description of a Swift stage, from its static members.
    public init<S: Stage>(_ stage: S.Type) {
        self.init(name: S.name, version: S.version, protocolVersion: GaitWire.protocolVersion, summary: S.summary,
                  input: S.Input.wireType, output: S.Output.wireType, grouping: S.grouping, params: S.params)
    }
}
