/// A file of the input folder shipped to a stage as bytes (remote stages need no shared
/// filesystem). One type for every such file; its `Kind` names the payload type it travels as, which
/// is what the runner routes by: a run file (`RawFile`, to activity-import) or a file of the athlete's
/// `kinematics/` folder (`KinematicsFile`, to gait-metrics). On the wire both are the `RawFile` message.
public struct InputFile<Kind: InputFileKind>: Sendable, Equatable {
    /// Path relative to the athlete folder: a run file's becomes its run id; `kinematics/…` otherwise.
    public var path: String
    public var athlete: String
    public var data: [UInt8]

    public init(path: String, athlete: String, data: [UInt8]) {
        self.path = path
        self.athlete = athlete
        self.data = data
    }
}

/// What an input file is, by the payload type it travels as (PROTOCOL.md "Payload types").
public protocol InputFileKind: Sendable {
    static var payloadType: String { get }
}

public enum RunFileKind: InputFileKind {
    public static var payloadType: String { "RawFile" }
}

public enum KinematicsFileKind: InputFileKind {
    public static var payloadType: String { "KinematicsFile" }
}

/// A run file (`.fit`, `.csv`, …), read by activity-import.
public typealias RawFile = InputFile<RunFileKind>
/// A file of the athlete's `kinematics/` folder, read by gait-metrics.
public typealias KinematicsFile = InputFile<KinematicsFileKind>
