// fit-benchmark: our FIT decoder vs garmin-fit-sdk and fitdecode, side by side (a command, not a
// timed test), and our GPX and TCX import vs gpxpy and tcxreader. Run `make bench-fit` (release
// build, Python readers from .venv).
import ActivityImport
import FITCodec
import Foundation

/// Best of `repeats` wall-clock runs, in seconds.
func best(_ repeats: Int, _ body: () -> Int) -> (Double, Int) {
    var fastest = Double.infinity
    var result = 0
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        result = body()
        fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (fastest, result)
}

/// A 100,000-record running file with every sample column (the encoder's full record).
func synthesize(to path: String) throws {
    let start: Int64 = 1_772_348_400
    let records = (0..<100_000).map { i -> FITActivity.Record in
        var r = FITActivity.Record(timestamp: start + Int64(i))
        r.distance = Double(i) * 3.1
        r.speed = 3.1 + Double(i % 11) * 0.01
        r.altitude = 100 + Double(i % 300) * 0.2
        r.heartRate = Double(140 + i % 20)
        r.cadence = 86 + Double(i % 3)
        r.power = Double(250 + i % 40)
        r.stanceTime = 240 + Double(i % 10)
        r.stanceTimeBalance = 49.5
        r.stepLength = 1100
        r.verticalOscillation = 85
        r.verticalRatio = 7.7
        r.latitude = 46.5 + Double(i) * 1e-6
        r.longitude = 6.6
        return r
    }
    let session = FITActivity.Segment(startTime: start, timestamp: start + 99_999, sport: 1, subSport: 0,
                                      totalElapsedTime: 99_999, totalDistance: 309_996.9)
    let bytes = FITEncoder.encodeActivity(FITActivity(fileID: FITActivity.FileID(manufacturer: 1, product: 1),
                                                       sessions: [session], records: records))
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

let arguments = CommandLine.arguments
let corpus = arguments.count > 1 ? arguments[1] : "../shared/fit-corpus"
let python = arguments.count > 2 ? arguments[2] : ".venv/bin/python"
let gaitpipe = arguments.count > 3 ? arguments[3] : ".build-fit/release/gaitpipe"
let synthetic = FileManager.default.temporaryDirectory.appendingPathComponent("fit-benchmark-100k.fit").path
try synthesize(to: synthetic)
let files = [corpus + "/activity-small-fenix2-run.fit", corpus + "/activity-large-fenxi2-multisport.fit", synthetic]

struct Row { var decoder: String; var file: String; var bytes: Int; var seconds: Double; var records: Int }
var rows: [Row] = []
for path in files {
    let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let big = path == synthetic
    let (fast, records) = best(big ? 10 : 200) {
        data.withUnsafeBytes { FITActivity.decode($0).0.records.count }
    }
    rows.append(Row(decoder: "gaitpipe FITActivity (in-process)", file: path, bytes: data.count, seconds: fast, records: records))
    let (json, _) = best(big ? 5 : 50) {
        var written = 0
        _ = data.withUnsafeBytes { FITInspector.writeJSON($0) { written += $0.count } }
        return written
    }
    rows.append(Row(decoder: "gaitpipe inspect JSON (in-process)", file: path, bytes: data.count, seconds: json, records: records))
    let (full, _) = best(big ? 3 : 20) { FITDecoder().decode(data).messages.count }
    rows.append(Row(decoder: "gaitpipe FITDecoder all messages", file: path, bytes: data.count, seconds: full, records: records))
}

/// Runs `path arguments…` with stdout on /dev/null and returns its exit status. posix_spawn and
/// waitpid, not Foundation's Process: its waitUntilExit polls a run loop and added up to 50 ms to
/// every measured run.
func run(_ path: String, _ arguments: [String]) -> Int {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return Int(status)
}

// The whole `gaitpipe inspect FILE [--json]` process on the 100,000-record file (start-up, reading
// the file and writing JSON to /dev/null included).
if FileManager.default.isExecutableFile(atPath: gaitpipe) {
    let data = try Data(contentsOf: URL(fileURLWithPath: synthetic))
    for (label, extra) in [("gaitpipe inspect (whole process)", [String]()), ("gaitpipe inspect --json (whole process)", ["--json"])] {
        let (seconds, status) = best(5) { run(gaitpipe, ["inspect", synthetic] + extra) }
        if status != 0 { print("warning: \(gaitpipe) inspect \(extra.joined()) exited with \(status)") }
        rows.append(Row(decoder: label, file: synthetic, bytes: data.count, seconds: seconds, records: 100_000))
    }
}

/// Rows from a Python timing script that prints one JSON line per (decoder, file): seconds, records.
func pythonRows(_ arguments: [String]) throws -> [Row] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line in
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let decoder = object["decoder"] as? String, let file = object["file"] as? String,
              let seconds = object["seconds"] as? Double, let records = object["records"] as? Int else { return nil }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        return Row(decoder: decoder, file: file, bytes: bytes, seconds: seconds, records: records)
    }
}

// Python decoders (best of 3; the SDK takes seconds on the large files).
rows += try pythonRows(["scripts/fit-bench/python_decoders.py", "3"] + files)

func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
func format(_ v: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", v) }
let nameWidth = (files.map { URL(fileURLWithPath: $0).lastPathComponent.count }.max() ?? 0) + 2
let decoderWidth = (rows.map(\.decoder.count).max() ?? 0) + 2
print(pad("file", nameWidth) + pad("decoder", decoderWidth) + pad("MB/s", 9) + pad("records/s", 12) + pad("× SDK rec/s", 13)
      + "× fitdecode")
for path in files {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let sdk = rows.first { $0.file == path && $0.decoder == "garmin-fit-sdk" }
    let fitdecode = rows.first { $0.file == path && $0.decoder == "fitdecode" }
    for row in rows where row.file == path {
        let perSecond = Double(row.records) / row.seconds
        let vsSDK = sdk.map { perSecond / (Double($0.records) / $0.seconds) }.map { format($0) + "×" } ?? "-"
        let vsFitdecode = fitdecode.map { perSecond / (Double($0.records) / $0.seconds) }.map { format($0) + "×" } ?? "-"
        print(pad(name, nameWidth) + pad(row.decoder, decoderWidth) + pad(format(Double(row.bytes) / row.seconds / 1e6), 9)
              + pad(format(perSecond, 0), 12) + pad(vsSDK, 13) + vsFitdecode)
    }
}
print("targets: ≥ 100 MB/s in-process on activity-small-fenix2-run.fit; ≥ 150× the SDK's records/s in-process and for the whole inspect process")

// GPX and TCX: the same two corpus activities written as Garmin Connect's TCX and GPX by
// Tests/FITCodecTests/tcx_reference.py (from the SDK's decodings), read by our importer in-process
// (libxml2's streaming reader, samples built) and by gpxpy / tcxreader (best of 3).
let xmlDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("fit-benchmark-xml").path
let xmlNames = ["activity-small-fenix2-run", "activity-large-fenxi2-multisport"]
let writer = Process()
writer.executableURL = URL(fileURLWithPath: python)
writer.arguments = ["Tests/FITCodecTests/tcx_reference.py", "write", corpus + "/reference", xmlDirectory] + xmlNames + ["--gpx"]
writer.standardOutput = FileHandle.nullDevice
try writer.run()
writer.waitUntilExit()
let xmlFiles = xmlNames.flatMap { [xmlDirectory + "/\($0).gpx", xmlDirectory + "/\($0).tcx"] }
var xmlRows: [Row] = []
for path in xmlFiles {
    let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let name = URL(fileURLWithPath: path).lastPathComponent
    let (fast, _) = best(data.count > 4_000_000 ? 5 : 20) {
        ActivityImporter.importFile(data: data, path: name, athlete: "a").activities.count
    }
    // Points as the Python readers count them: one per trkpt / Trackpoint element.
    let points = String(decoding: data, as: UTF8.self).components(separatedBy: path.hasSuffix(".tcx") ? "<Trackpoint>" : "<trkpt ").count - 1
    xmlRows.append(Row(decoder: "gaitpipe ActivityImporter (in-process)", file: path, bytes: data.count, seconds: fast, records: points))
}
xmlRows += try pythonRows(["Tests/FITCodecTests/tcx_reference.py", "bench", "3"] + xmlFiles)
print("")
let xmlNameWidth = (xmlFiles.map { URL(fileURLWithPath: $0).lastPathComponent.count }.max() ?? 0) + 2
let xmlDecoderWidth = (xmlRows.map(\.decoder.count).max() ?? 0) + 2
print(pad("file", xmlNameWidth) + pad("reader", xmlDecoderWidth) + pad("MB/s", 9) + pad("points/s", 12) + "× gpxpy/tcxreader")
for path in xmlFiles {
    let pythonRow = xmlRows.first { $0.file == path && ($0.decoder == "gpxpy" || $0.decoder == "tcxreader") }
    for row in xmlRows where row.file == path {
        let ratio = pythonRow.map { (Double(row.bytes) / row.seconds) / (Double($0.bytes) / $0.seconds) }.map { format($0) + "×" } ?? "-"
        print(pad(URL(fileURLWithPath: path).lastPathComponent, xmlNameWidth) + pad(row.decoder, xmlDecoderWidth)
              + pad(format(Double(row.bytes) / row.seconds / 1e6), 9) + pad(format(Double(row.records) / row.seconds, 0), 12) + ratio)
    }
}
