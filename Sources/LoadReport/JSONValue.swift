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

    /// The document text, ending in a newline. Written as UTF-8 bytes (String appends cost more
    /// than the rest of report.json together).
    func rendered() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func indent(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                Self.indent(indent + 1, into: &out)
                item.write(into: &out, indent: indent + 1)
                out.append(contentsOf: (i + 1 < items.count ? ",\n" : "\n").utf8)
            }
            Self.indent(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            // Keys sorted by their UTF-8 bytes: Dictionary order differs from run to run.
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, member) in sorted.enumerated() {
                Self.indent(indent + 1, into: &out)
                Self.writeString(member.key, into: &out)
                out.append(contentsOf: ": ".utf8)
                member.value.write(into: &out, indent: indent + 1)
                out.append(contentsOf: (i + 1 < sorted.count ? ",\n" : "\n").utf8)
            }
            Self.indent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// RFC 8259 §7: quote, backslash and control characters are escaped; everything else is literal UTF-8.
    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case ..<0x20:
                // \u00XX, lower-case hex as before.
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
