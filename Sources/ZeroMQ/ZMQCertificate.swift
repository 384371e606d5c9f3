import Foundation
import Glibc
import SystemCall

/// A CURVE key pair in ZeroMQ's certificate format (czmq's zcert): `NAME` holds the public key,
/// `NAME_secret` both keys and must not be readable by others.
public struct ZMQCertificate: Sendable, Equatable {
    public var publicKey: String
    /// Nil for a public certificate.
    public var secretKey: String?

    public init(publicKey: String, secretKey: String?) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    public static func generate() throws(ZMQError) -> ZMQCertificate {
        let pair = try ZMQCurve.keypair()
        return ZMQCertificate(publicKey: pair.publicKey, secretKey: pair.secretKey)
    }

    func text(includingSecret: Bool) -> String {
        var lines = [
            "#   ZeroMQ CURVE \(includingSecret ? "**Secret**" : "Public") Certificate (written by gaitpipe keygen)",
            includingSecret ? "#   Exchange nothing from this file; keep it mode 0600." : "#   Give this file to the other side.",
            "",
            "metadata",
            "curve",
            "    public-key = \"\(publicKey)\"",
        ]
        if includingSecret, let secretKey { lines.append("    secret-key = \"\(secretKey)\"") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `path` (public, 0644) and `path_secret` (0600).
    public func write(to path: String) throws {
        try Self.writeFile(path, text(includingSecret: false), mode: 0o644)
        try Self.writeFile(path + "_secret", text(includingSecret: true), mode: 0o600)
    }

    private static func writeFile(_ path: String, _ text: String, mode: mode_t) throws {
        do {
            let fd = try posixCall("open", path: path) { open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode) }
            defer { close(fd) }
            // The mode of an existing file is not changed by open(2): set it, or a secret stays readable.
            try posixCall("chmod", path: path) { fchmod(fd, mode) }
            let bytes = Array(text.utf8)
            try bytes.withUnsafeBytes { try writeAll(fd, [$0], path: path) }
        } catch let error as SystemCallError {
            throw CertificateError(path: path, problem: error.reason)
        }
    }

    /// Reads a certificate. A file with a secret key must be mode 0600 (or stricter): fail closed.
    public static func load(_ path: String, requireSecret: Bool) throws -> ZMQCertificate {
        let data: [UInt8]
        do throws(SystemCallError) { data = try readFile(path) } catch {
            throw CertificateError(path: path, problem: "cannot read the key file (\(error.reason))")
        }
        var pub: String?
        var sec: String?
        for (n, raw) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            guard key == "public-key" || key == "secret-key" else { continue }
            guard ZMQCurve.isKey(value) else {
                throw CertificateError(path: path, problem: "line \(n + 1): '\(key)' is not a 40-character Z85 key")
            }
            if key == "public-key" { pub = value } else { sec = value }
        }
        guard let pub else { throw CertificateError(path: path, problem: "no public-key (is it a ZeroMQ certificate?)") }
        if requireSecret {
            guard sec != nil else {
                throw CertificateError(path: path, problem: "no secret-key: pass the NAME_secret file written by `gaitpipe keygen`")
            }
            // Fail closed: a mode that cannot be checked is as good as a readable one.
            let status: FileStatus
            do throws(SystemCallError) { status = try FileStatus(path) } catch {
                throw CertificateError(path: path, problem: "holds a secret key but its mode cannot be checked (\(error.reason))")
            }
            if status.permissions & 0o077 != 0 {
                throw CertificateError(path: path, problem: "holds a secret key but has mode \(String(status.permissions & 0o777, radix: 8)): "
                    + "run chmod 600 \(path)")
            }
        }
        return ZMQCertificate(publicKey: pub, secretKey: sec)
    }
}

public struct CertificateError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
