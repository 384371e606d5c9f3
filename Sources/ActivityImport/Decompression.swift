import CZlib

/// `.gz` and `.zip` run files, read in memory with Debian's zlib (Foundation on Linux has no gzip).
public enum Decompression {
    /// A decompression failure that names the archive and where it went wrong.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Largest expansion accepted, so a crafted archive cannot exhaust memory (a run file is < 100 MB).
    static let maximumOutput = 512 << 20

    /// True when the bytes start with the gzip magic (RFC 1952).
    public static func isGzip(_ data: [UInt8]) -> Bool { data.count >= 2 && data[0] == 0x1F && data[1] == 0x8B }

    /// True when the bytes start with a ZIP local file header ("PK\u{3}\u{4}").
    public static func isZip(_ data: [UInt8]) -> Bool {
        data.count >= 4 && data[0] == 0x50 && data[1] == 0x4B && data[2] == 3 && data[3] == 4
    }

    /// Gunzips (all members) or, with `raw`, inflates a raw deflate stream (ZIP method 8).
    public static func inflate(_ input: [UInt8], raw: Bool = false, path: String) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: zlib or gzip header, detected; -15: raw deflate (zlib manual, inflateInit2).
        guard czlib_inflate_init2(&stream, raw ? -15 : 15 + 32) == Z_OK else {
            throw Failure(description: "\(path): zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var consumed = 0
        var status = Z_OK
        try input.withUnsafeBufferPointer { (source) throws(Failure) in
            guard let base = source.baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(source.count)
            repeat {
                status = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                consumed = source.count - Int(stream.avail_in)
                if status == Z_STREAM_END, !raw, stream.avail_in > 0, consumed + 2 <= source.count,
                   source[consumed] == 0x1F, source[consumed + 1] == 0x8B {
                    // Concatenated gzip members (RFC 1952 §2.2) form one file.
                    inflateReset(&stream)
                    status = Z_OK
                }
                guard output.count <= maximumOutput else {
                    throw Failure(description: "\(path): expands beyond \(maximumOutput >> 20) MB; not a run file")
                }
            } while status == Z_OK
        }
        guard status == Z_STREAM_END else {
            let what = status == Z_BUF_ERROR ? "ends early (truncated)" : "is corrupt (zlib status \(status))"
            throw Failure(description: "\(path): compressed data \(what) at byte \(consumed)")
        }
        return output
    }

    /// The files of a ZIP archive (stored or deflated), from its central directory, in archive order.
    public static func unzip(_ data: [UInt8], path: String) throws(Failure) -> [(name: String, data: [UInt8])] {
        func u16(_ p: Int) -> Int { Int(data[p]) | Int(data[p + 1]) << 8 }
        func u32(_ p: Int) -> Int { u16(p) | u16(p + 2) << 16 }
        // End of central directory: 22 bytes plus a comment of up to 65,535 bytes (APPNOTE 4.3.16).
        var end = data.count - 22
        while end >= max(0, data.count - 22 - 65_535), !(data[end] == 0x50 && data[end + 1] == 0x4B
                                                          && data[end + 2] == 5 && data[end + 3] == 6) {
            end -= 1
        }
        guard end >= 0, end + 22 <= data.count else {
            throw Failure(description: "\(path): no ZIP end-of-central-directory record (truncated archive?)")
        }
        let count = u16(end + 10)
        var p = u32(end + 16)
        var files: [(name: String, data: [UInt8])] = []
        for _ in 0..<count {
            guard p + 46 <= data.count, u32(p) == 0x0201_4B50 else {
                throw Failure(description: "\(path): corrupt ZIP central directory at byte \(p)")
            }
            let method = u16(p + 10), compressedSize = u32(p + 20), nameLength = u16(p + 28)
            let extraLength = u16(p + 30), commentLength = u16(p + 32), local = u32(p + 42)
            guard p + 46 + nameLength <= data.count else { throw Failure(description: "\(path): corrupt ZIP entry at byte \(p)") }
            let name = String(decoding: data[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            p += 46 + nameLength + extraLength + commentLength
            if name.hasSuffix("/") { continue }
            guard local + 30 <= data.count, u32(local) == 0x0403_4B50 else {
                throw Failure(description: "\(path): \(name): corrupt ZIP local header at byte \(local)")
            }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressedSize <= data.count else {
                throw Failure(description: "\(path): \(name): data cut off at byte \(data.count)")
            }
            let stored = Array(data[start..<(start + compressedSize)])
            switch method {
            case 0: files.append((name, stored))
            case 8: files.append((name, try inflate(stored, raw: true, path: "\(path): \(name)")))
            default: throw Failure(description: "\(path): \(name): ZIP method \(method) is not supported (only stored and deflate)")
            }
        }
        return files
    }
}
