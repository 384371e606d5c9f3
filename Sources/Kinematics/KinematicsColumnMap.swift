public import GaitModel

/// Which file column holds which channel. Each channel is looked up by an explicit mapping first
/// (stage params: `hip_adduction_r: RHipAngles_Y`), then by its known aliases, case-insensitively.
/// A single `pelvis_list`/`pelvic_obliquity` column (positive = left side down, so the drop during
/// right stance) stands in for both `pelvic_drop_*` columns when those are absent.
public struct KinematicsColumnMap: Sendable, Equatable {
    /// Canonical name (`knee_flexion_r`, `time`, `pelvic_obliquity`) → column name in the file.
    public var explicit: [String: String]

    public init(_ explicit: [String: String] = [:]) { self.explicit = explicit }

    /// The mapping from stage params named after the canonical columns; empty values are not mapped.
    public init(params: ResolvedParams) {
        var map: [String: String] = [:]
        for name in Self.expectedNames {
            let value = params.string(name)
            if !value.isEmpty { map[name] = value }
        }
        explicit = map
    }

    static let timeNames = ["time", "t", "time_s", "seconds"]
    static let obliquityNames = ["pelvic_obliquity", "pelvis_list", "pelvis_obliquity"]

    func find(_ canonical: String, aliases: [String], in table: JointAngleTable) -> [Double]? {
        if let name = explicit[canonical] { return table.column(name) }
        for alias in [canonical] + aliases {
            if let i = table.columns.firstIndex(where: { $0.lowercased() == alias.lowercased() }) { return table.values[i] }
        }
        return nil
    }

    /// Explicitly mapped columns the file does not have, as `canonical → column`.
    func missing(in table: JointAngleTable) -> [String] {
        explicit.sorted { $0.key < $1.key }.filter { table.column($0.value) == nil }.map { "\($0.key) → '\($0.value)'" }
    }

    /// Every canonical name this map understands, for "expected" lists in errors.
    public static var expectedNames: [String] {
        ["time"] + KinematicsChannel.allCases.flatMap { c in BodySide.allCases.map(c.column) } + ["pelvic_obliquity"]
    }

    /// One string param per canonical name (`knee_flexion_r: RKneeAngles_X`), for a stage's params.
    public static var paramSpecs: [ParamSpec] {
        expectedNames.map {
            ParamSpec(name: $0, kind: .string, defaultValue: "",
                      summary: "kinematics/ files: the column holding \($0) (empty: the usual names, e.g. OpenSim's)")
        }
    }
}
