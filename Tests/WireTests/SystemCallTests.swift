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

    /// The input folder's walk gives what FileManager's enumerator followed by a stat of each path
    /// gave (the runner used those): files at any depth, hidden ones too, a link as what it points
    /// to and never descended, a dangling link as a file; `descend` leaves folders out.
    @Test func filesUnderAFolderAreWhatFileManagerFinds() throws {
        let root = NSTemporaryDirectory() + "gaitpipe-walk-\(getpid())"
        let fm = FileManager.default
        defer { try? fm.removeItem(atPath: root) }
        for folder in ["a/2026-03/deep", "a/.hidden", "b", "kinematics/x"] {
            try fm.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        for file in ["top.fit", ".dot", "a/2026-03/r1.fit", "a/2026-03/deep/r2.csv", "a/.hidden/h.fit", "b/notes.txt", "kinematics/x/k.csv"] {
            #expect(fm.createFile(atPath: "\(root)/\(file)", contents: Data(file.utf8)))
        }
        try fm.createSymbolicLink(atPath: "\(root)/link-to-folder", withDestinationPath: "\(root)/b")
        try fm.createSymbolicLink(atPath: "\(root)/link-to-file.fit", withDestinationPath: "\(root)/top.fit")
        try fm.createSymbolicLink(atPath: "\(root)/b/dangling.fit", withDestinationPath: "\(root)/nowhere")
        var reference: [String] = []
        let enumerator = try #require(fm.enumerator(atPath: root))
        while let rel = enumerator.nextObject() as? String {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: "\(root)/\(rel)", isDirectory: &isDir), isDir.boolValue { continue }
            reference.append(rel)
        }
        #expect(filesUnder(root).sorted() == reference.sorted())
        #expect(reference.contains("b/dangling.fit") && reference.contains("a/.hidden/h.fit") && !reference.contains("link-to-folder"))
        #expect(filesUnder(root, descend: { $0 != "kinematics" && $0 != "a/.hidden" }).sorted()
                == reference.filter { !$0.hasPrefix("kinematics/") && !$0.hasPrefix("a/.hidden/") }.sorted())
        // A folder that cannot be opened is said, with its errno (the runner lists it as skipped).
        var unopened: [(String, Int32)] = []
        #expect(filesUnder(root + "/missing", cannotOpen: { unopened.append(($0, $1)) }).isEmpty)
        #expect(unopened.count == 1 && unopened.first?.0 == "" && unopened.first?.1 == ENOENT)
    }
}
