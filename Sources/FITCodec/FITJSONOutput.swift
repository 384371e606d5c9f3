/// A growable byte buffer for JSON text: `inspect --json` writes tens of megabytes, so values are
/// formatted straight into bytes (no `String` per value, no interpolation, no Foundation).
///
/// The cursor lives behind a pointer, not in stored `var`s: every write to a class's stored
/// property costs a dynamic exclusivity check (swift_beginAccess), which was a tenth of the time
/// of `inspect --json`; a `[UInt8]` would check uniqueness and capacity per byte instead.
public final class FITJSONOutput {
    private struct Cursor {
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int
    }

    private let cursor: UnsafeMutablePointer<Cursor>

    public init(capacity: Int = 4096) {
        let capacity = max(capacity, 64)
        cursor = .allocate(capacity: 1)
        cursor.initialize(to: Cursor(base: .allocate(capacity: capacity), count: 0, capacity: capacity))
    }

    deinit {
        cursor.pointee.base.deallocate()
        cursor.deallocate()
    }

    /// Bytes written so far.
    public var count: Int { cursor.pointee.count }

    /// The bytes written, valid until the next append.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: cursor.pointee.base, count: count) }

    public var array: [UInt8] { Array(bytes) }

    /// Forgets what was written, keeping the memory (for writing in chunks).
    public func removeAll() { cursor.pointee.count = 0 }

    private var base: UnsafeMutablePointer<UInt8> { cursor.pointee.base }

    private var end: Int {
        get { cursor.pointee.count }
        set { cursor.pointee.count = newValue }
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if cursor.pointee.count + extra > cursor.pointee.capacity { grow(cursor.pointee.count + extra) }
    }

    private func grow(_ needed: Int) {
        var newCapacity = cursor.pointee.capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: cursor.pointee.base, count: cursor.pointee.count)
        cursor.pointee.base.deallocate()
        cursor.pointee.base = bigger
        cursor.pointee.capacity = newCapacity
    }

    @inline(__always)
    func byte(_ b: UInt8) {
        reserve(1)
        base[end] = b
        end += 1
    }

    public func append(_ raw: UnsafeRawBufferPointer) {
        guard let start = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        let target = base + end
        if raw.count <= 32 {
            // Keys and separators: a loop beats a memmove call for a few bytes.
            for i in 0..<raw.count { target[i] = raw[i] }
        } else {
            target.update(from: start.assumingMemoryBound(to: UInt8.self), count: raw.count)
        }
        end += raw.count
    }

    func append(_ bytes: [UInt8]) { bytes.withUnsafeBytes { append($0) } }

    public func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A decimal integer.
    func integer(_ value: Int64) {
        reserve(20)
        var magnitude = value.magnitude
        if value < 0 { base[end] = UInt8(ascii: "-"); end += 1 }
        var digits = 1
        var probe = magnitude
        while probe >= 10 { probe /= 10; digits += 1 }
        var i = end + digits
        end = i
        repeat {
            i -= 1
            base[i] = UInt8(truncatingIfNeeded: magnitude % 10) + 48
            magnitude /= 10
        } while magnitude > 0
    }

    /// A double as `FITJSON.double` writes it: shortest round-trip digits (Python's `repr`, which
    /// fit_reference.py's JSON uses), `N.0` for whole numbers below 1e15, NaN/±Infinity as strings.
    func double(_ v: Double) {
        if v.isNaN { append("\"NaN\""); return }
        if v.isInfinite { append(v > 0 ? "\"Infinity\"" : "\"-Infinity\""); return }
        if v == v.rounded(), abs(v) < 1e15 {
            integer(Int64(v))
            append(".0")
            return
        }
        // Swift's description is the shortest representation that round-trips (SwiftDtoa), as repr is.
        var text = v.description
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// `raw / 10^decimals` for |raw| < 10^15 and 1 ≤ decimals ≤ 4, without going through a double:
    /// the correctly rounded quotient's shortest representation is this decimal itself (any decimal
    /// of at most 15 significant digits survives decimal → double → shortest decimal; DBL_DIG = 15),
    /// and every non-zero value is ≥ 1e-4, where repr still writes plain decimals.
    func scaledDecimal(_ raw: Int64, decimals: Int, power: Int64) {
        let magnitude = raw.magnitude
        let whole = magnitude / UInt64(power)
        var fraction = magnitude % UInt64(power)
        if raw < 0 { byte(UInt8(ascii: "-")) }
        integer(Int64(whole))
        byte(UInt8(ascii: "."))
        if fraction == 0 { byte(UInt8(ascii: "0")); return }
        var width = decimals
        while fraction % 10 == 0 { fraction /= 10; width -= 1 }
        reserve(width)
        var i = end + width
        end = i
        for _ in 0..<width {
            i -= 1
            base[i] = UInt8(truncatingIfNeeded: fraction % 10) + 48
            fraction /= 10
        }
    }

    /// A JSON string with `"`, `\` and control characters escaped.
    func string(_ s: String) {
        var s = s
        s.withUTF8 { string(UnsafeRawBufferPointer($0)) }
    }

    /// A JSON string from UTF-8 bytes (already valid UTF-8).
    func string(_ utf8: UnsafeRawBufferPointer) {
        reserve(utf8.count + 2)
        base[end] = UInt8(ascii: "\"")
        end += 1
        for c in utf8 {
            switch c {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0..<0x20:
                append("\\u00")
                byte(Self.hexDigits[Int(c >> 4)])
                byte(Self.hexDigits[Int(c & 0xF)])
            default: byte(c)
            }
        }
        byte(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// `{"iso": "YYYY-MM-DDThh:mm:ssZ", "fit": N}`, as `FITProfileInterpreter.date` presents a
    /// `date_time` (fit_reference.py's format).
    func date(fit: Int64) {
        append("{\"iso\": \"")
        iso8601(unix: FITEpoch.unix(fromFIT: fit))
        append("\", \"fit\": ")
        integer(fit)
        byte(UInt8(ascii: "}"))
    }

    /// `YYYY-MM-DDThh:mm:ssZ`, the same calendar arithmetic as `FITEpoch.iso8601(unix:)`.
    func iso8601(unix: Int64) {
        let (year, month, day, seconds) = FITEpoch.civil(unix: unix)
        if year >= 0 && year < 10_000 {
            reserve(4)
            var y = year
            for i in stride(from: 3, through: 0, by: -1) { base[end + i] = UInt8(y % 10) + 48; y /= 10 }
            end += 4
        } else {
            integer(year)
        }
        reserve(16)
        func two(_ v: Int64, _ separator: UInt8) {
            base[end] = separator
            base[end + 1] = UInt8(v / 10) + 48
            base[end + 2] = UInt8(v % 10) + 48
            end += 3
        }
        two(month, UInt8(ascii: "-"))
        two(day, UInt8(ascii: "-"))
        two(seconds / 3600, UInt8(ascii: "T"))
        two(seconds % 3600 / 60, UInt8(ascii: ":"))
        two(seconds % 60, UInt8(ascii: ":"))
        base[end] = UInt8(ascii: "Z")
        end += 1
    }
}
