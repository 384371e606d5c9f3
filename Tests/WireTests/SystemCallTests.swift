import Foundation
import Glibc
import SystemCall
import Testing

/// The POSIX-call funnel: every byte written across writev's batch limit, errors typed with errno.
@Suite struct SystemCallTests {
    /// 3,000 buffers (more than IOV_MAX, 1,024, per writev) of 0–9 bytes arrive whole and in order.
    @Test func writeAllCrossesTheBatchLimitInOrder() throws {
        let path = NSTemporaryDirectory() + "gaitpipe-writeall-\(getpid())"
        defer { unlink(path) }
        let fd = try posixCall("open", path: path) { open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600) }
        let chunks = (0..<3000).map { i in [UInt8](repeating: UInt8(i % 251), count: i % 10) }
        let joined = chunks.flatMap { $0 }
        func write(_ rest: ArraySlice<[UInt8]>, _ held: [UnsafeRawBufferPointer]) throws {
            guard let first = rest.first else { return try writeAll(fd, held, path: path) }
            try first.withUnsafeBytes { try write(rest.dropFirst(), held + [$0]) }
        }
        try write(chunks[...], [])
        close(fd)
        #expect(FileManager.default.contents(atPath: path).map([UInt8].init) == joined)
    }

    @Test func aFailedCallIsTypedWithItsErrno() {
        let readOnly = open("/dev/null", O_RDONLY)
        defer { close(readOnly) }
        let bytes: [UInt8] = [1, 2, 3]
        #expect(throws: SystemCallError(operation: "write", path: "/dev/null", errno: EBADF)) {
            try bytes.withUnsafeBytes { try writeAll(readOnly, [$0], path: "/dev/null") }
        }
        let error = SystemCallError(operation: "open", path: "/nope/x", errno: ENOENT)
        #expect(error.description == "cannot open /nope/x: No such file or directory")
    }
}
