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
        switch self {
        case .null: out += "null"
        case .integer(let v): out += String(v)
        case .double(let v):
            if v.isNaN { out += "\"NaN\"" } else if v.isInfinite { out += v > 0 ? "\"Infinity\"" : "\"-Infinity\"" } else {
                out += v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) + ".0" : "\(v)"
            }
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += ", " }
                Self.writeString(key, to: &out)
                out += ": "
                value.write(to: &out)
            }
            out += "}"
        }
    }

    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    private static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
