/// Which file column holds which channel. Each channel is looked up by an explicit mapping first
/// (stage params: `hip_adduction_r: RHipAngles_Y`), then by its known aliases, case-insensitively.
/// A single `pelvis_list`/`pelvic_obliquity` column (positive = left side down, so the drop during
/// right stance) stands in for both `pelvic_drop_*` columns when those are absent.
public struct KinematicsColumnMap: Sendable, Equatable {
    /// Canonical name (`knee_flexion_r`, `time`, `pelvic_obliquity`) → column name in the file.
    public var explicit: [String: String]

    public init(_ explicit: [String: String] = [:]) { self.explicit = explicit }

    static let timeNames = ["time", "t", "time_s", "seconds"]
    static let obliquityNames = ["pelvic_obliquity", "pelvis_list", "pelvis_obliquity"]

    func find(_ canonical: String, aliases: [String], in table: JointAngleTable) -> [Double]? {
        if let name = explicit[canonical] { return table.column(name) }
        for alias in [canonical] + aliases {
            if let i = table.columns.firstIndex(where: { $0.lowercased() == alias.lowercased() }) { return table.values[i] }
        }
        return nil
    }

    /// Every canonical name this map understands, for "expected" lists in errors.
    static var expectedNames: [String] {
        ["time"] + KinematicsChannel.allCases.flatMap { c in Side.allCases.map(c.column) } + ["pelvic_obliquity"]
    }
}
