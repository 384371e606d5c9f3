/// A decoded field value, raw (no scale or offset applied). A field whose values are all invalid
/// is not stored at all; in arrays invalid floats are NaN and invalid integers are listed in `valid`.
public enum FITValue: Sendable, Equatable {
    case integer(Int64)
    case float(Double)
    case string(String)
    /// Several NUL-separated strings in one field.
    case strings([String])
    /// An integer array; `valid[i]` is false where element i holds the base type's invalid value.
    case integerArray([Int64], valid: [Bool])
    case floats([Double])
    case bytes([UInt8])

    /// An integer array in which every element is valid.
    public static func integers(_ values: [Int64]) -> FITValue { .integerArray(values, valid: values.map { _ in true }) }

    static func integers(_ values: [Int64], valid: [Bool]) -> FITValue { .integerArray(values, valid: valid) }

    /// The value as an integer (first element of an array; a one-byte `bytes` value).
    public var integer: Int64? {
        switch self {
        case .integer(let v): v
        case .integerArray(let a, let valid): valid.first == true ? a.first : nil
        case .bytes(let b) where b.count == 1: Int64(b[0])
        case .float(let d) where d.isFinite && abs(d) < 9e18: Int64(d.rounded(.towardZero))
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
