/// A hex digest of up to 64 digits held in 32 bytes, as a table of thousands of them is kept in
/// memory (a 64-character String is a heap allocation of about 100 bytes). Round-trips the exact
/// text it was made from; text that is not lowercase hex is not packed (`init` returns nil).
public struct PackedHex: Hashable, Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64)
    private var digits: UInt8

    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        (words, digits) = parsed
    }

    /// Digit `i` is the nibble at bit 60 − 4·(i mod 16) of word i / 16. One pass, no per-digit
    /// branches on the word (the plan index parses thousands of lines per run).
    private static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> ((UInt64, UInt64, UInt64, UInt64), UInt8)? {
        guard utf8.count <= 64 else { return nil }
        var w: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var word: UInt64 = 0
        for (i, c) in utf8.enumerated() {
            let v: UInt8
            if c &- 48 < 10 { v = c &- 48 } else if c &- 97 < 6 { v = c &- 87 } else { return nil }
            word = word << 4 | UInt64(v)
            if i & 15 == 15 || i == utf8.count - 1 {
                word <<= UInt64(4 * (15 - (i & 15)))
                switch i >> 4 {
                case 0: w.0 = word
                case 1: w.1 = word
                case 2: w.2 = word
                default: w.3 = word
                }
                word = 0
            }
        }
        return (w, UInt8(utf8.count))
    }

    public var hex: String {
        String(unsafeUninitializedCapacity: Int(digits)) { buffer in
            for i in 0..<Int(digits) {
                let nibble = UInt8(truncatingIfNeeded: word(i >> 4) >> UInt64(60 - 4 * (i & 15))) & 0xf
                buffer[i] = nibble < 10 ? 48 + nibble : 87 + nibble
            }
            return Int(digits)
        }
    }

    private func word(_ k: Int) -> UInt64 {
        switch k {
        case 0: words.0
        case 1: words.1
        case 2: words.2
        default: words.3
        }
    }

    public static func == (a: PackedHex, b: PackedHex) -> Bool {
        a.digits == b.digits && a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(digits)
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}

extension PackedHex: Comparable {
    /// The digits' numeric order, then fewer digits first: for texts of one length, the texts' order.
    public static func < (a: PackedHex, b: PackedHex) -> Bool {
        if a.words.0 != b.words.0 { return a.words.0 < b.words.0 }
        if a.words.1 != b.words.1 { return a.words.1 < b.words.1 }
        if a.words.2 != b.words.2 { return a.words.2 < b.words.2 }
        if a.words.3 != b.words.3 { return a.words.3 < b.words.3 }
        return a.digits < b.digits
    }
}
