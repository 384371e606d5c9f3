/// A hex digest of up to 64 digits held in 32 bytes, as a table of thousands of them is kept in
/// memory (a 64-character String is a heap allocation of about 100 bytes). Round-trips the exact
/// text it was made from; text that is not lowercase hex is not packed (`init` returns nil).
public struct PackedHex: Hashable, Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var digits: UInt8

    public init?(_ text: some StringProtocol) {
        let utf8 = text.utf8
        guard utf8.count <= 64 else { return nil }
        digits = UInt8(utf8.count)
        var i = 0
        for c in utf8 {
            let v: UInt64
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt64(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = UInt64(c - UInt8(ascii: "a") + 10)
            default: return nil
            }
            let shift = UInt64(60 - 4 * (i % 16))
            switch i / 16 {
            case 0: words.0 |= v << shift
            case 1: words.1 |= v << shift
            case 2: words.2 |= v << shift
            default: words.3 |= v << shift
            }
            i += 1
        }
    }

    public var hex: String {
        let table = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: Int(digits)) { buffer in
            for i in 0..<Int(digits) {
                buffer[i] = table[Int((word(i / 16) >> UInt64(60 - 4 * (i % 16))) & 0xf)]
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
