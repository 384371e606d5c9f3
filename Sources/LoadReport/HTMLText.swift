/// Text and attribute escaping for the generated HTML: athlete ids, run ids and skipped-input
/// reasons come from the input folder and must never become markup.
enum HTMLText {
    static func escape(_ s: String) -> String {
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        // Most text (numbers, dates, ids) has nothing to escape.
        guard s.utf8.contains(where: special) else { return s }
        // Byte by byte: the five characters are ASCII, so UTF-8 sequences pass through whole (a
        // combining mark after `&` does not hide it, as it would in a Character loop).
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for byte in s.utf8 {
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Percent-encodes a relative link path segment (RFC 3986 unreserved characters stay), so an
    /// athlete id with spaces, `#` or `?` still links to its own folder.
    static func pathSegment(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII, c.isLetter || c.isNumber || "-._~".contains(c) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" : "") + hex
            }
        }
        return out
    }
}
