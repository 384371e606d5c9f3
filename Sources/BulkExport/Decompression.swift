import CGzip

/// `.gz` run files, read in memory with Debian's zlib (Foundation on Linux has no gzip); `.zip`
/// archives with ZIPFoundation (`ZipReader`).
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
        guard cgzip_inflate_init2(&stream, raw ? -15 : 15 + 32) == Z_OK else {
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
                    return CGzip.inflate(&stream, Z_NO_FLUSH)
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
}
