import CZeroMQ

/// CURVE key material (zmq_curve(7)): Z85-encoded 32-byte keys, 40 characters each.
public enum ZMQCurve {
    /// A fresh key pair from libzmq's generator (zmq_curve_keypair(3)).
    public static func keypair() throws(ZMQError) -> (publicKey: String, secretKey: String) {
        var pub = [CChar](repeating: 0, count: 41)
        var sec = [CChar](repeating: 0, count: 41)
        _ = try zmqCall("zmq_curve_keypair") { zmq_curve_keypair(&pub, &sec) }
        return (String(decoding: pub.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self),
                String(decoding: sec.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Z85 text of a 32-byte binary key (as ZAP hands over client keys).
    public static func z85(_ key: [UInt8]) -> String? {
        guard key.count == 32 else { return nil }
        var out = [CChar](repeating: 0, count: 41)
        let ok = key.withUnsafeBufferPointer { zmq_z85_encode(&out, $0.baseAddress, 32) } != nil
        return ok ? String(decoding: out.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
    }

    /// Whether `text` is a well-formed Z85 CURVE key.
    public static func isKey(_ text: String) -> Bool {
        var out = [UInt8](repeating: 0, count: 32)
        return text.utf8.count == 40 && zmq_z85_decode(&out, text) != nil
    }
}
