import Foundation
import Glibc
import SystemCall

/// The output folder: only the runner writes it. Folders 0700, files 0600 — symptom diaries are
/// health data (DESIGN.md).
public struct OutputFolder {
    let root: String

    init(_ root: String) throws(OutputError) {
        self.root = root
        try Self.makeFolder(root)
    }

    /// Checked before anything starts (exit 2, nothing written): `root` is, or can be created as, a
    /// folder this process may write in. The nearest existing ancestor must be a folder; a path
    /// below a regular file or on a read-only mount is refused with the reason. (As root, access(2)
    /// only refuses read-only file systems: root may write anywhere else, and then the run can.)
    /// `isFile`: `root` is a file to be written (`--trace`); its folder is checked.
    public static func checkWritable(_ root: String, isFile: Bool = false, option: String = "--out") throws(GaitpipeError) {
        var path = root.isEmpty ? "." : root
        if isFile {
            if (try? FileStatus(root))?.isDirectory == true {
                throw GaitpipeError(.usage, "\(option) \(root): this is a folder, not a file; name a file")
            }
            let parent = (root as NSString).deletingLastPathComponent
            path = parent.isEmpty ? "." : parent
        }
        while true {
            let status: FileStatus
            do throws(SystemCallError) { status = try FileStatus(path) } catch {
                // Not there yet (or a component is a file, which the loop finds above): look one up.
                guard error.errno == ENOENT || error.errno == ENOTDIR else {
                    throw GaitpipeError(.usage, "\(option) \(root): cannot look at '\(path)' (\(error.reason))", errno: error.errno)
                }
                let parent = (path as NSString).deletingLastPathComponent
                path = parent.isEmpty ? "." : parent
                continue
            }
            guard status.isDirectory else {
                throw GaitpipeError(.usage, path == root
                    ? "\(option) \(root): this is a file, not a folder; choose another \(option)"
                    : "\(option) \(root): '\(path)' is a file, not a folder; choose another \(option)")
            }
            // access(2) first (the usual refusal), then a file really created and removed: as root
            // access(2) passes almost everywhere, and /sys or /proc still refuse to create files.
            var e: Int32 = access(path, W_OK | X_OK) == 0 ? 0 : errno
            if e == 0 {
                let probe = path + "/.gaitpipe-write-check-\(getpid())"
                let fd = open(probe, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
                if fd >= 0 {
                    close(fd)
                    unlink(probe)
                } else {
                    e = errno
                }
            }
            guard e == 0 else {
                throw GaitpipeError(.usage, "\(option) \(root): cannot write in '\(path)' (\(GaitpipeError.reason(e))); "
                    + "choose a folder you can write to", errno: e)
            }
            return
        }
    }

    /// `mkdir -p` with mode 0700 for what it creates, with mkdir(2) rather than FileManager so a
    /// failure is one line with the errno, not an NSCocoaErrorDomain dump.
    static func makeFolder(_ path: String) throws(OutputError) {
        if mkdir(path, 0o700) != 0 {
            switch errno {
            case EEXIST:
                guard (try? FileStatus(path))?.isDirectory == true else { throw OutputError(path: path, errno: ENOTDIR) }
            case ENOENT:
                // A missing parent: create it first (it is new, so 0700 fits it too), then retry.
                let parent = (path as NSString).deletingLastPathComponent
                guard !parent.isEmpty, parent != path else { throw OutputError(path: path, errno: ENOENT) }
                try makeFolder(parent)
                if mkdir(path, 0o700) != 0 && errno != EEXIST { throw OutputError(path: path, errno: errno) }
            case let e:
                throw OutputError(path: path, errno: e)
            }
        }
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
        try replace(path) { file in try bytes.withUnsafeBytes { try file.write($0) } }
    }

    /// As `replace(_:with:)`, the bytes given in pieces to `file` by `body` (a run-wide table is
    /// written row by row, not joined into one string first).
    static func replace(_ path: String, writing body: (FileWriter) throws -> Void) throws {
        let temp = path + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw OutputError(path: path, errno: errno) }
        fchmod(fd, 0o600)
        do {
            let file = FileWriter(fd: fd, path: path)
            try body(file)
            try file.flush()
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let e = errno
            unlink(temp)
            throw OutputError(path: path, errno: e)
        }
    }

    /// An open file written through a 64 KiB buffer.
    final class FileWriter {
        private let fd: Int32
        private let path: String
        private var buffer: [UInt8] = []

        fileprivate init(fd: Int32, path: String) {
            self.fd = fd
            self.path = path
            buffer.reserveCapacity(1 << 16)
        }

        func line(_ text: String) throws {
            buffer.append(contentsOf: text.utf8)
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= 1 << 16 { try flush() }
        }

        func write(_ bytes: UnsafeRawBufferPointer) throws {
            try flush()
            try writeAll(bytes)
        }

        fileprivate func flush() throws {
            try buffer.withUnsafeBytes { try writeAll($0) }
            buffer.removeAll(keepingCapacity: true)
        }

        private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
            do { try SystemCall.writeAll(fd, [bytes], path: path) } catch { throw OutputError(path: path, errno: error.errno) }
        }
    }

    /// Writes what `body` gives its file to `relative` (atomically, as `write`).
    func write(_ relative: String, writing body: (FileWriter) throws -> Void) throws {
        let path = (root as NSString).appendingPathComponent(relative)
        try Self.makeFolder((path as NSString).deletingLastPathComponent)
        try Self.replace(path, writing: body)
    }

    func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

    /// Why a stage may not have the runner write `relative`, or nil. A stage names the files it
    /// returns (PROTOCOL.md rule 6): the path must stay inside this folder — relative, no empty,
    /// `.` or `..` component — must not pass through a symbolic link (or be one), and must not be
    /// the runner's own summary.json.
    func problem(with relative: String) -> String? {
        if relative.isEmpty { return "the path is empty" }
        if relative.hasPrefix("/") { return "it is absolute; a stage names files relative to the output folder" }
        if relative.utf8.contains(0) { return "the path holds a NUL byte" }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") { return "it has a '..' component, which would leave the output folder" }
        if parts.contains(where: { $0.isEmpty || $0 == "." }) { return "it has an empty or '.' component" }
        if relative == "summary.json" { return "summary.json is the runner's own file" }
        var path = root
        for (n, part) in parts.enumerated() {
            path += "/" + part
            // Not there yet: the runner creates it (folders 0700), nothing to follow.
            guard let status = try? FileStatus(path, followLinks: false) else { return nil }
            let shown = parts[...n].joined(separator: "/")
            if status.isSymbolicLink { return "'\(shown)' is a symbolic link in the output folder; the runner does not follow it" }
            if n < parts.count - 1 && !status.isDirectory { return "'\(shown)' is a file, not a folder" }
            if n == parts.count - 1 && status.isDirectory { return "'\(shown)' is a folder" }
        }
        return nil
    }
}

struct OutputError: Error, CustomStringConvertible {
    var path: String
    var errno: Int32
    var description: String { "cannot write \(path): \(String(cString: strerror(errno)))" }
}
