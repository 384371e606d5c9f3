import GaitModel

/// Union wire types (`A|B`): a stage that reads or writes several payload types declares their
/// union; the TASK and RESULT headers name the member of each payload (PROTOCOL.md "Union types").
public enum WireUnion {
    /// The member types of a wire type: itself for a plain type.
    public static func members(_ wireType: String) -> [String] {
        wireType.split(separator: "|").map(String.init)
    }

    /// True when every payload of type `produced` (a type or union) can be read as `accepted`.
    public static func accepts(_ accepted: String, _ produced: String) -> Bool {
        Set(members(produced)).isSubset(of: members(accepted))
    }
}

/// gait-metrics' input: an activity from activity-import, or a `kinematics/` file the runner sends
/// straight to the stage.
public enum GaitInput: WirePayload, Sendable, Equatable {
    case activity(Activity)
    case kinematicsFile(KinematicsFile)

    public static let wireType = "\(Activity.wireType)|\(KinematicsFile.wireType)"

    public var payloadType: String {
        switch self {
        case .activity: Activity.wireType
        case .kinematicsFile: KinematicsFile.wireType
        }
    }

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        switch self {
        case .activity(let a): a.withPacker(body)
        case .kinematicsFile(let k): k.withPacker(body)
        }
    }

    public init(decoding bytes: UnsafeRawBufferPointer, type: String) throws(WireError) {
        switch type {
        case Activity.wireType: self = .activity(try Activity(decoding: bytes))
        case KinematicsFile.wireType: self = .kinematicsFile(try KinematicsFile(decoding: bytes))
        default:
            throw WireError(type: Self.wireType, byteCount: bytes.count,
                            detail: "the task's payload type '\(type)' is not one of \(Self.wireType)")
        }
    }

    /// Without a payload type (a bare fixture) the frame is taken as an activity.
    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) { self = .activity(try Activity(decoding: bytes)) }
}

/// gait-metrics' output: a run's metrics, or a kinematics session's K1–K4 summary.
public enum GaitOutput: WirePayload, Sendable, Equatable {
    case runMetrics(RunMetrics)
    case kinematicsSession(KinematicsSession)

    public static let wireType = "\(RunMetrics.wireType)|\(KinematicsSession.wireType)"

    public var payloadType: String {
        switch self {
        case .runMetrics: RunMetrics.wireType
        case .kinematicsSession: KinematicsSession.wireType
        }
    }

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        switch self {
        case .runMetrics(let m): m.withPacker(body)
        case .kinematicsSession(let k): k.withPacker(body)
        }
    }

    public init(decoding bytes: UnsafeRawBufferPointer, type: String) throws(WireError) {
        switch type {
        case RunMetrics.wireType: self = .runMetrics(try RunMetrics(decoding: bytes))
        case KinematicsSession.wireType: self = .kinematicsSession(try KinematicsSession(decoding: bytes))
        default:
            throw WireError(type: Self.wireType, byteCount: bytes.count,
                            detail: "the payload type '\(type)' is not one of \(Self.wireType)")
        }
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) { self = .runMetrics(try RunMetrics(decoding: bytes)) }
}
