public import GaitModel

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

/// A payload of one of two wire types, `First|Second` (PROTOCOL.md "Union types"): the TASK and
/// RESULT headers name the member each payload is. A frame without a type (a bare fixture) is read
/// as `First`.
public enum WirePair<First: WirePayload & Equatable, Second: WirePayload & Equatable>: WirePayload, Sendable, Equatable {
    case first(First)
    case second(Second)

    public static var wireType: String { "\(First.wireType)|\(Second.wireType)" }

    public var payloadType: String {
        switch self {
        case .first: First.wireType
        case .second: Second.wireType
        }
    }

    public func withPacker<R>(_ body: (Packer) -> R) -> R {
        switch self {
        case .first(let a): a.withPacker(body)
        case .second(let b): b.withPacker(body)
        }
    }

    public init(decoding bytes: UnsafeRawBufferPointer, type: String) throws(WireError) {
        switch type {
        case First.wireType: self = .first(try First(decoding: bytes))
        case Second.wireType: self = .second(try Second(decoding: bytes))
        default:
            throw WireError(type: Self.wireType, byteCount: bytes.count,
                            detail: "the payload type '\(type)' is not one of \(Self.wireType)")
        }
    }

    public init(decoding bytes: UnsafeRawBufferPointer) throws(WireError) { self = .first(try First(decoding: bytes)) }
}

/// gait-metrics' input: an activity from activity-import, or a `kinematics/` file the runner sends
/// straight to the stage.
public typealias GaitInput = WirePair<Activity, KinematicsFile>

/// gait-metrics' output: a run's metrics, or a kinematics session's K1–K4 summary.
public typealias GaitOutput = WirePair<RunMetrics, KinematicsSession>
