import Foundation
import Logging
@testable import PipelineRunner
import Testing

/// The result cache writes its files on a thread of its own; what it was handed must all be on disk
/// after `finish`, intact and in order, while no more than its limit waits at once.
@Suite struct CacheWriterTests {
    @Test func everyFileHandedOverIsWrittenByFinish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-cache-writer-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // 40 entries of 1 MB against a 4 MB limit: `write` must block and resume, not drop.
        let writer = CacheWriter(limit: 4 << 20, logger: Logger(label: "test"))
        for i in 0..<40 {
            writer.write("\(folder)/\(String(format: "%02x", i % 7))/entry-\(i).pb", [UInt8](repeating: UInt8(i), count: 1 << 20))
        }
        // The same path twice: the later bytes win.
        writer.write("\(folder)/00/entry-0.pb", Array("second".utf8))
        writer.finish()
        for i in 1..<40 {
            let bytes = try #require(FileManager.default.contents(atPath: "\(folder)/\(String(format: "%02x", i % 7))/entry-\(i).pb"))
            #expect(bytes.count == 1 << 20 && bytes.allSatisfy { $0 == UInt8(i) })
        }
        #expect(FileManager.default.contents(atPath: "\(folder)/00/entry-0.pb") == Data("second".utf8))
        // After `finish` (the end of a run) a write is done at once.
        writer.write("\(folder)/late/entry.pb", [9])
        #expect(FileManager.default.contents(atPath: "\(folder)/late/entry.pb") == Data([9]))
        // No temporary files are left behind.
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder)
        #expect(!names.contains { $0.contains(".tmp-") })
    }

    @Test func anUnwritableFileIsReportedAndTheRestWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-cache-writer-ro-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A file where a folder should be: that entry cannot be written.
        #expect(FileManager.default.createFile(atPath: "\(folder)/blocked", contents: Data()))
        let writer = CacheWriter(logger: Logger(label: "test"))
        writer.write("\(folder)/blocked/entry.pb", [1, 2, 3])
        writer.write("\(folder)/ok/entry.pb", [4, 5, 6])
        writer.finish()
        #expect(FileManager.default.contents(atPath: "\(folder)/ok/entry.pb") == Data([4, 5, 6]))
    }
}
