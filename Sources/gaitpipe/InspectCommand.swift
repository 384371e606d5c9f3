import ArgumentParser
import BulkExport
import FITCodec
import Foundation
import PipelineRunner

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Decode a FIT file (also .gz or inside a .zip) and print a summary or JSON.",
        discussion: """
            Without --json: segments, message counts per kind and the sessions. With --json: the \
            file_id, device_info, session, lap and record messages of all chained segments in file \
            order, as garmin-fit-sdk's read() presents them under ../shared/fit-corpus/fit_reference.py's \
            options (profile names, scaled values, enum names, sub-fields, dates as {iso, fit}). \
            Warnings and the error that stopped decoding go to stderr.

            Example: gaitpipe inspect run.fit --json > run.json
            """)

    @Argument(help: ArgumentHelp("The FIT file.", valueName: "file"))
    var file: String

    @Flag(help: "Write the decoded messages as JSON to stdout.")
    var json = false

    @Flag(name: .customLong("strict-crc"), help: "Treat a CRC mismatch as an error.")
    var strictCRC = false

    func run() throws {
        var data: [UInt8]
        do {
            data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            if Decompression.isGzip(data) { data = try Decompression.inflate(data, path: file) }
            if Decompression.isZip(data) {
                let archive = try ZipReader(bytes: data, path: file)
                guard let fit = archive.fileNames.first(where: { $0.lowercased().hasSuffix(".fit") }) else {
                    throw GaitpipeError(.failed, "\(file): the archive holds no .fit file; give the .fit itself or a .zip holding one")
                }
                data = try archive.contents(of: fit)
            }
        } catch {
            // The path as the user typed it: `nope.fit: no such file`.
            throw GaitpipeError(error, path: file)
        }
        let report: FITDecodeReport
        if json {
            var failure: (any Error)?
            report = data.withUnsafeBytes {
                FITInspector.writeJSON($0, strictCRC: strictCRC) { piece in
                    guard failure == nil else { return }
                    do { try writeAll(piece, file: "stdout") } catch { failure = error }
                }
            }
            if let failure { throw failure }
            let newline: StaticString = "\n"
            try writeAll(UnsafeRawBufferPointer(start: newline.utf8Start, count: 1), file: "stdout")
        } else {
            let (text, r) = data.withUnsafeBytes { FITInspector.summary($0, strictCRC: strictCRC) }
            report = r
            print(text)
        }
        var problems = report.warnings.map { "\(file): warning: \($0)" }
        if let error = report.error { problems.append("\(file): error: \(error)") }
        if !problems.isEmpty { FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8)) }
        // Decoding stopped early (a truncated or damaged file): what was read is printed, but the
        // exit status says the file is not whole.
        if report.error != nil { throw ExitCode(GaitpipeError.Code.failed.exitStatus) }
    }

    /// write(2) until done, retrying EINTR: tens of megabytes go out without a `Data` copy.
    private func writeAll(_ bytes: UnsafeRawBufferPointer, file: String) throws {
        guard let start = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = write(1, start + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let e = errno
                throw GaitpipeError(.failed, "\(file): write failed: \(GaitpipeError.reason(e))", errno: e)
            }
            offset += written
        }
    }
}
