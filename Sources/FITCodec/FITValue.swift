/// A decoded field value, raw (no scale or offset applied). Arrays keep invalid elements raw
/// (floats as NaN); a field whose values are all invalid is not stored at all.
public enum FITValue: Sendable, Equatable {
    case integer(Int64)
    case float(Double)
    case string(String)
    case integers([Int64])
    case floats([Double])
    case bytes([UInt8])

    /// The value as an integer (first element of an array; a one-byte `bytes` value).
    public var integer: Int64? {
        switch self {
        case .integer(let v): v
        case .integers(let a): a.first
        case .bytes(let b) where b.count == 1: Int64(b[0])
        case .float(let d) where d.isFinite: Int64(exactly: d.rounded(.towardZero))
        default: nil
        }
    }

    /// The value as a double (integers converted exactly where they fit).
    public var double: Double? {
        switch self {
        case .float(let d): d
        case .floats(let a): a.first
        default: integer.map(Double.init)
        }
    }
}
