import CSHA256

/// SHA-256 content digests: stage executables (describe cache, replica identity) and cached task
/// payloads. The rounds live in C (CSHA256) so debug builds hash at C speed.
public enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { csha256_digest($0.baseAddress, $0.count, &digest) }
        let hexDigits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
