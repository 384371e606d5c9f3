/// A JSON value, with a writer whose number format round-trips doubles (for `inspect --json`).
public indirect enum FITJSON: Sendable, Equatable {
    case null
    case integer(Int64)
    case double(Double)
    case string(String)
    case array([FITJSON])
    /// Keys in the order they are written.
    case object([(String, FITJSON)])

    public static func == (a: FITJSON, b: FITJSON) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.integer(let x), .integer(let y)): x == y
        case (.double(let x), .double(let y)): x.bitPattern == y.bitPattern
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value under `key` of an object.
    public subscript(key: String) -> FITJSON? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// A number as a double (nil for non-numbers).
    public var number: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .double(let v): v
        default: nil
        }
    }

    /// Compact JSON text. Non-finite doubles are written as strings ("NaN"), as fit_reference.py does.
    public func write(to out: inout String) {
        let output = FITJSONOutput()
        write(to: output)
        out += String(decoding: output.bytes, as: UTF8.self)
    }

    /// The same text into a byte buffer (the format `FITJSONStreamer` writes without building values).
    public func write(to out: FITJSONOutput) {
        switch self {
        case .null: out.append("null")
        case .integer(let v): out.integer(v)
        case .double(let v): out.double(v)
        case .string(let s): out.string(s)
        case .array(let items):
            out.byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(", ") }
                item.write(to: out)
            }
            out.byte(UInt8(ascii: "]"))
        case .object(let pairs):
            out.byte(UInt8(ascii: "{"))
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.append(", ") }
                out.string(key)
                out.append(": ")
                value.write(to: out)
            }
            out.byte(UInt8(ascii: "}"))
        }
    }

    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }
}
