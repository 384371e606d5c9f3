import Foundation
import ZIPFoundation

/// A ZIP archive read with ZIPFoundation, one entry at a time: from a file (streaming — a bulk
/// export is often several GB, with ZIP64 records) or from bytes already in memory (a run file a
/// stage received). Entries are looked up by name from one pass over the central directory.
public final class ZipReader {
    /// An archive that cannot be opened or an entry that cannot be read; names the archive and the entry.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// Largest entry read into memory, so a crafted archive cannot exhaust memory (a run file is < 100 MB).
    public static let maximumEntrySize = 512 << 20

    private let archive: Archive
    /// How messages name the archive.
    public let path: String
    /// File entries (not folders), in archive order.
    public let fileNames: [String]
    private let entries: [String: Entry]

    /// Opens the archive at `file` for streaming reads; `path` names it in messages.
    public convenience init(file: String, path: String? = nil) throws(Failure) {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read) } catch {
            throw Failure("\(path ?? file): not a readable ZIP archive (\(error))")
        }
        self.init(archive, path: path ?? file)
    }

    /// Reads an archive held in memory.
    public convenience init(bytes: [UInt8], path: String) throws(Failure) {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw Failure("\(path): not a readable ZIP archive: no end-of-central-directory record (truncated archive?)")
        }
        self.init(archive, path: path)
    }

    private init(_ archive: Archive, path: String) {
        self.archive = archive
        self.path = path
        var names: [String] = []
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            names.append(entry.path)
            entries[entry.path] = entry
        }
        fileNames = names
        self.entries = entries
    }

    public func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The uncompressed bytes of the file entry `name`, CRC-checked.
    public func contents(of name: String) throws(Failure) -> [UInt8] {
        guard let entry = entries[name] else { throw Failure("\(path): no entry '\(name)'") }
        guard entry.uncompressedSize <= UInt64(Self.maximumEntrySize) else {
            throw Failure("\(path): \(name): expands to \(entry.uncompressedSize >> 20) MB, beyond \(Self.maximumEntrySize >> 20) MB; not a run file")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
        } catch {
            throw Failure("\(path): \(name): \(Self.phrase(error))")
        }
        // extract(_:consumer:) returns the checksum without comparing it (only extract(_:to:) does).
        guard checksum == entry.checksum else { throw Failure("\(path): \(name): \(Self.phrase(Archive.ArchiveError.invalidCRC32))") }
        return bytes
    }

    static func phrase(_ error: any Error) -> String {
        switch error {
        case Archive.ArchiveError.invalidCRC32: "CRC-32 mismatch (corrupt entry)"
        case Archive.ArchiveError.invalidCompressionMethod: "unsupported compression method (only stored and deflate)"
        // ZIPFoundation's Data.CompressionError is internal: matched by its name.
        default: "\(error)".contains("corruptedData") ? "compressed data is corrupt or cut off" : "cannot be read (\(error))"
        }
    }

    /// An archive of `files` (name, bytes), stored uncompressed with a fixed date so the same files
    /// always give the same bytes (the result cache keys on them).
    public static func archive(_ files: [(name: String, bytes: [UInt8])]) throws(Failure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // 1980-01-02: the DOS epoch plus a day, whatever the local zone.
            let fixed = Date(timeIntervalSince1970: 315_619_200)
            for file in files {
                let data = Data(file.bytes)
                try archive.addEntry(with: file.name, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixed) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure("in-memory archive has no data") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("cannot build an archive: \(error)")
        }
    }
}
