import Foundation
import SystemCall
import ZeroMQ

/// The workers allowed to serve remote stages: one `label key` per line (the key is a worker's
/// public CURVE key, Z85; a line starting with `#` is a comment). The label names the worker in traces and logs.
public struct AuthorizedWorkers: Sendable {
    public var labels: [String: String]  // public key → label

    public static func load(_ path: String) throws -> AuthorizedWorkers {
        let data: [UInt8]
        do throws(SystemCallError) { data = try readFile(path) } catch {
            throw CertificateError(path: path, problem: "cannot read the authorized-workers file (\(error.reason))")
        }
        var labels: [String: String] = [:]
        for (n, raw) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // Only whole-line comments: Z85 keys may themselves contain '#'.
            let parts = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if parts.isEmpty || parts[0].hasPrefix("#") { continue }
            guard parts.count == 2, ZMQCurve.isKey(parts[1]) else {
                throw CertificateError(path: path, problem: "line \(n + 1): expected `label key` with a 40-character Z85 public key")
            }
            labels[parts[1]] = parts[0]
        }
        guard !labels.isEmpty else { throw CertificateError(path: path, problem: "no workers listed: nobody could connect") }
        return AuthorizedWorkers(labels: labels)
    }
}
