// fit-fuzz: the FIT decoder (and the importer behind it) under libFuzzer.
//
// `make fuzz` builds this with -sanitize=fuzzer,address and -DFUZZING into .build-fuzz and runs it
// seeded from ../shared/fit-corpus. A plain build (no FUZZING) is a regression runner instead: it
// replays every file in the folders given (default Fuzz/FITDecoderFuzz/crashers) through the same
// entry point, which is what the FITCodecTests crasher test does too.
import ActivityImport
import FITCodec
import Foundation

/// One fuzz input through the code that reads untrusted FIT bytes: the decoder with its generic
/// message builder (every base type, arrays, strings, developer fields) and the decoder with the
/// activity collector (the import fast path). JSON writing and the CSV/zip importer stay out: they
/// only see what the decoder produced, and running them cost ~95 % of each execution.
func exercise(_ data: UnsafeRawBufferPointer) {
    let file = FITDecoder().decode(data)
    _ = FITActivity(file)
    _ = FITActivity.decode(data)
}

/// A kept crasher through everything, the inspector and the importer included (regression replay).
func exerciseEverything(_ data: UnsafeRawBufferPointer) {
    exercise(data)
    _ = FITInspector.json(data)
    _ = ActivityImporter.importFile(data: Array(data), path: "fuzz.fit", athlete: "fuzz")
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    exercise(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links executables with `main` renamed to `<module>_main`, which would shadow libFuzzer's
/// own main; so the entry point hands control to libFuzzer's driver explicitly.
@_cdecl("fit_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
@main
struct CrasherReplay {
    static func main() throws {
        let folders = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["Fuzz/FITDecoderFuzz/crashers"]
        var count = 0
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? [] {
                let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
                data.withUnsafeBytes { exerciseEverything($0) }
                count += 1
            }
        }
        print("replayed \(count) inputs without a crash")
    }
}
#endif
