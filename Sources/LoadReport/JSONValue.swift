/// A JSON document written byte-for-byte the same every time: object keys sorted, numbers as
/// pre-formatted fixed-decimal text, two-space indentation (DESIGN.md "Determinism").
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case string(String)
    /// Already-formatted number text (see `number(_:_:)`).
    case number(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A number with `places` decimals; null when missing or not finite (JSON has no NaN).
    static func number(_ v: Double?, _ places: Int) -> JSONValue {
        guard let v, v.isFinite else { return .null }
        return .number(FixedDecimal.string(v, places))
    }

    static func integer(_ v: Int) -> JSONValue { .number(String(v)) }

    /// The document text, ending in a newline.
    func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let text): out += text
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(into: &out, indent: indent + 1)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            // Keys sorted by their UTF-8 bytes: Dictionary order differs from run to run.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, key) in keys.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                Self.writeString(key, into: &out)
                out += ": "
                members[key, default: .null].write(into: &out, indent: indent + 1)
                out += i + 1 < keys.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// RFC 8259 §7: quote, backslash and control characters are escaped; everything else is literal UTF-8.
    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Most strings (keys, ids, dates) need no escape: appended whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
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
