import Foundation
import Glibc

/// The per-job folder holding ipc sockets and replica stderr: mode 0700 so no other user can
/// connect to the stages (DESIGN.md), under /tmp to keep ipc paths short (≤ 107 bytes), or under
/// `GAITPIPE_JOB_ROOT` (short too; `make test` points it at its scratch folder, which it removes).
enum JobDirectory {
    static var root: String { ProcessInfo.processInfo.environment["GAITPIPE_JOB_ROOT"] ?? "/tmp" }

    static func create() throws -> String {
        let root = Self.root
        var template = Array("\(root)/gaitpipe-XXXXXX".utf8CString)
        guard let base = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap(mkdtemp) }) else {
            throw InputError(message: "cannot create a job folder in \(root): \(String(cString: strerror(errno)))")
        }
        let path = String(cString: base)
        chmod(path, 0o700)  // mkdtemp already uses 0700; keep it explicit
        return path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
