import Glibc

/// A system call that failed: which, on what, and errno — one line a user can act on
/// (`cannot write /out/x/group-ana.bin: No space left on device`).
public struct SystemCallError: Error, Sendable, Equatable, CustomStringConvertible {
    /// "write", "open", "stat".
    public var operation: String
    /// The file it was about, when there is one.
    public var path: String?
    public var errno: Int32

    public init(operation: String, path: String? = nil, errno: Int32) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    public var reason: String { String(cString: strerror(errno)) }
    public var description: String { "cannot \(operation)\(path.map { " \($0)" } ?? ""): \(reason)" }
}

/// The one funnel for POSIX calls (as swift-nio's `syscall`): `-1` becomes a typed error with its
/// errno, and a call interrupted by a signal (EINTR) is simply made again.
@discardableResult
public func posixCall<Result: BinaryInteger>(_ operation: @autoclosure () -> String, path: @autoclosure () -> String? = nil,
                                             _ body: () -> Result) throws(SystemCallError) -> Result {
    while true {
        let rc = body()
        if rc >= 0 { return rc }
        let err = Glibc.errno
        if err == EINTR { continue }
        throw SystemCallError(operation: operation(), path: path(), errno: err)
    }
}

/// IOV_MAX (limits.h; a macro Swift does not import): at most this many buffers per writev.
let iovMax = 1024

/// Writes every byte of `buffers`, in order, with as few `writev(2)` calls as the kernel allows: a
/// short write continues where it stopped, EINTR is retried (a short write is no failure).
public func writeAll(_ fd: Int32, _ buffers: [UnsafeRawBufferPointer], path: String? = nil) throws(SystemCallError) {
    var parts = buffers.filter { $0.count > 0 }.map { iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count) }
    var first = 0
    while first < parts.count {
        let count = Int32(min(parts.count - first, iovMax))
        var written = try parts.withUnsafeMutableBufferPointer { p throws(SystemCallError) in
            guard let base = p.baseAddress else { return 0 }
            return try posixCall("write", path: path) { writev(fd, base + first, count) }
        }
        // Skip what was written: whole buffers, then the written head of the next one.
        while first < parts.count && written >= parts[first].iov_len {
            written -= parts[first].iov_len
            first += 1
        }
        if written > 0 {
            parts[first].iov_base = parts[first].iov_base.map { $0 + written }
            parts[first].iov_len -= written
        }
    }
}

/// The whole file at `path` (a small file: keys, lists), or the errno of what failed.
public func readFile(_ path: String) throws(SystemCallError) -> [UInt8] {
    let fd = try posixCall("open", path: path) { open(path, O_RDONLY | O_CLOEXEC) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 1)
    defer { chunk.deallocate() }
    while true {
        let n = try posixCall("read", path: path) { read(fd, chunk.baseAddress, chunk.count) }
        if n == 0 { return bytes }
        bytes += chunk[..<Int(n)]
    }
}

/// `count` bytes at `offset` of an open file (`pread`), or an error; a file that ends first is EIO.
public func readBytes(_ fd: Int32, at offset: Int, count: Int, path: String? = nil) throws(SystemCallError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { throw SystemCallError(operation: "read", path: path, errno: n < 0 ? errno : EIO) }
        done += n
    }
    return bytes
}

/// What `stat(2)` says of a path, as plain values (callers need not see Glibc's `struct stat`).
public struct FileStatus: Sendable, Equatable {
    /// File type and permission bits (`st_mode`).
    public var mode: UInt32
    /// Device and inode: which file this is.
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Last modification, nanoseconds since the epoch.
    public var modifiedNanoseconds: Int64

    public var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
    /// Only from `FileStatus(_:followLinks: false)`.
    public var isSymbolicLink: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFLNK) }
    /// The permission bits, e.g. 0o600.
    public var permissions: UInt32 { mode & 0o7777 }

    /// `stat(2)` of `path`, following symbolic links; `lstat(2)` with `followLinks: false`.
    public init(_ path: String, followLinks: Bool = true) throws(SystemCallError) {
        var st = stat()
        if followLinks {
            try posixCall("stat", path: path) { stat(path, &st) }
        } else {
            try posixCall("lstat", path: path) { lstat(path, &st) }
        }
        mode = UInt32(st.st_mode)
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        modifiedNanoseconds = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }
}

/// The paths under `folder`, relative to it, that are not folders — as FileManager's enumerator
/// followed by a `stat` of each path gave them, without the enumerator's objects or a `stat` per
/// regular file (`readdir`'s file type says it): a season's input folder has thousands of files.
/// A symbolic link counts as what it points to and is not descended into; folders for which
/// `descend` (given the folder's relative path) says false are left out; folders that cannot be
/// opened are given to `cannotOpen` with the errno ("" for `folder` itself). In no particular order.
public func filesUnder(_ folder: String, descend: (String) -> Bool = { _ in true },
                       cannotOpen: (String, Int32) -> Void = { _, _ in }) -> [String] {
    var found: [String] = []
    func walk(_ relative: String) {
        let path = relative.isEmpty ? folder : folder + "/" + relative
        guard let dir = opendir(path) else { return cannotOpen(relative, errno) }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                // Some file systems do not say: ask lstat.
                guard let status = try? FileStatus(folder + "/" + child, followLinks: false) else { continue }
                type = status.isDirectory ? Int32(DT_DIR) : status.isSymbolicLink ? Int32(DT_LNK) : Int32(DT_REG)
            }
            switch type {
            case Int32(DT_DIR):
                if descend(child) { walk(child) }
            case Int32(DT_LNK):
                // A link to a folder is neither a file nor descended into; a dangling link is a file
                // (its reader says it cannot be read).
                if (try? FileStatus(folder + "/" + child))?.isDirectory != true { found.append(child) }
            default:
                found.append(child)
            }
        }
    }
    walk("")
    return found
}
