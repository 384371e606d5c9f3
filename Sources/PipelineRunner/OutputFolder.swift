import Foundation
import Glibc

/// The output folder: only the runner writes it. Folders 0700, files 0600 — symptom diaries are
/// health data (DESIGN.md).
struct OutputFolder {
    let root: String

    init(_ root: String) throws {
        self.root = root
        try Self.makeFolder(root)
    }

    static func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        chmod(path, 0o700)
    }

    /// Writes `bytes` to `relative` (atomically: temp file + rename), creating folders as needed.
    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let path = (root as NSString).appendingPathComponent(relative)
        try Self.makeFolder((path as NSString).deletingLastPathComponent)
        try Self.replace(path, with: bytes)
    }

    /// Writes `bytes` to a temporary file (mode 0600) beside `path` and renames it over `path`, so a
    /// reader never sees half a file. No fsync: the output and the result cache are rewritten by the
    /// next run, and a cache entry torn by a crash fails its checksum (an fsync per cache entry made a
    /// first run with the cache several times slower).
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw OutputError(path: path, errno: errno) }
        fchmod(fd, 0o600)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress?.advanced(by: offset), $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                close(fd)
                unlink(temp)
                throw OutputError(path: path, errno: e)
            }
            offset += n
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let e = errno
            unlink(temp)
            throw OutputError(path: path, errno: e)
        }
    }

    func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    /// A folder name for an athlete id: ids come from athlete.yaml, so keep them to a safe alphabet.
    static func folderName(_ athlete: String) -> String {
        let safe = athlete.map { c -> Character in
            c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." ? c : "_"
        }
        let name = String(safe)
        return name.isEmpty || name.hasPrefix(".") ? "_" + name : name
    }
}

struct OutputError: Error, CustomStringConvertible {
    var path: String
    var errno: Int32
    var description: String { "cannot write \(path): \(String(cString: strerror(errno)))" }
}
