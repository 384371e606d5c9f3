import BulkExport
import CGzip
import FITCodec
import Foundation

/// The sample season written as a Strava or Garmin Connect bulk export per athlete (`gaitpipe
/// synth --export`), so the demo and the tests exercise the layouts clinics receive.
///
/// - Strava: the athlete folder is the export — `activities.csv` (Strava's English header, its
///   repeated columns included) beside athlete.yaml, each FIT file gzipped as
///   `activities/<id>.fit.gz`; runs are `Run` with a shoe as gear, strength sessions `Weight
///   Training`; the steady runner's strength sessions are manual entries (a row, no file).
/// - Garmin Connect: `DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip` holding the
///   FIT files plus a settings and a weight FIT file, and a profile JSON beside.
/// With `zip`, the export is one zip beside athlete.yaml (`strava-export.zip`, `garmin-export.zip`).
public struct SeasonExportWriter: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case strava, garmin }

    public var kind: Kind
    public var zip: Bool

    public init(kind: Kind, zip: Bool) {
        self.kind = kind
        self.zip = zip
    }

    /// Turns the season's files (as SeasonGenerator gives them, athlete by athlete) into the export
    /// layout, calling `body` with each file to write.
    public func convert(_ season: SeasonGenerator, _ body: (String, [UInt8]) -> Void) {
        var athlete: String?
        var pending: [(name: String, bytes: [UInt8])] = []
        func flush() {
            guard let athlete else { return }
            for file in exportFiles(athlete: athlete, fitFiles: pending) { body("\(athlete)/\(file.name)", file.bytes) }
            pending = []
        }
        season.forEachFile { path, bytes in
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return body(path, bytes) }
            if parts[0] != athlete {
                flush()
                athlete = parts[0]
            }
            if parts[1].hasSuffix(".fit") { pending.append((parts[1], bytes)) } else { body(path, bytes) }
        }
        flush()
    }

    private func exportFiles(athlete: String, fitFiles: [(name: String, bytes: [UInt8])]) -> [(name: String, bytes: [UInt8])] {
        let files = kind == .strava ? strava(athlete: athlete, fitFiles: fitFiles) : garmin(fitFiles)
        guard zip else { return files }
        let name = kind == .strava ? "strava-export.zip" : "garmin-export.zip"
        // The synthesizer's own archive: a failure here is a bug, written as an empty zip that the run lists.
        return [(name, (try? ZipReader.archive(files)) ?? [])]
    }

    private func strava(athlete: String, fitFiles: [(name: String, bytes: [UInt8])]) -> [(name: String, bytes: [UInt8])] {
        let header = StravaActivities.englishHeader
        var csv = header.joined(separator: ",") + "\n"
        var files: [(name: String, bytes: [UInt8])] = []
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "MMM d, yyyy, h:mm:ss a"
        for (index, file) in fitFiles.enumerated() {
            let fit = file.bytes.withUnsafeBytes { FITActivity.decode($0).0 }
            guard let session = fit.sessions.last, let start = fit.sessions.first?.startTime else { continue }
            let id = String(10_000_000_000 + Int64(index) * 7919 + (start % 1000))
            let isRun = fit.sessions.contains { $0.sport == 1 }
            let manual = !isRun && athlete.hasPrefix("ben")
            let filename = manual ? "" : "activities/\(id).fit.gz"
            var values: [String: String] = [
                "Activity ID": id,
                "Activity Date": formatter.string(from: Date(timeIntervalSince1970: TimeInterval(start))),
                "Activity Name": isRun ? "Morning Run" : "Gym, legs",
                "Activity Type": isRun ? "Run" : "Weight Training",
                // A description spanning lines, as Strava writes them (quoted).
                "Activity Description": index % 5 == 0 ? "Felt good.\nKnee: \"fine\", hips tight" : "",
                "Elapsed Time": String(Int(fit.sessions.map(\.totalElapsedTime).reduce(0, +))),
                "Distance": isRun ? String(format: "%.2f", fit.sessions.map(\.totalDistance).reduce(0, +) / 1000) : "0.00",
                "Max Heart Rate": session.maxHeartRate.isNaN ? "" : String(Int(session.maxHeartRate)),
                "Activity Gear": isRun ? (index % 3 == 0 ? "Speedgoat 5" : "Pegasus 40") : "",
                "Filename": filename,
                "Average Heart Rate": session.averageHeartRate.isNaN ? "" : String(format: "%.1f", session.averageHeartRate),
                "Perceived Exertion": session.rpe.isNaN ? "" : String(Int(session.rpe)),
            ]
            values["2:Elapsed Time"] = values["Elapsed Time"]
            values["2:Distance"] = isRun ? String(format: "%.1f", fit.sessions.map(\.totalDistance).reduce(0, +)) : "0.0"
            var seen: Set<String> = []
            let row = header.map { name in seen.insert(name).inserted ? values[name] ?? "" : values["2:" + name] ?? "" }
            csv += StravaActivities.line(row) + "\n"
            if !manual { files.append((filename, Self.gzip(file.bytes))) }
        }
        return [(StravaExport.activitiesCSV, Array(csv.utf8))] + files
    }

    private func garmin(_ fitFiles: [(name: String, bytes: [UInt8])]) -> [(name: String, bytes: [UInt8])] {
        // Garmin Connect names uploaded files `<account>_<activity id>.fit`; settings and weight files ride along.
        var uploaded = fitFiles.enumerated().map { i, f in ("runner@example.com_\(20_000_000_000 + i).fit", f.bytes) }
        for (name, type) in [("runner@example.com_settings.fit", 2), ("runner@example.com_weight.fit", 9)] {
            let file = FITEncoder.encodeActivity(FITActivity(fileID: FITActivity.FileID(type: type, manufacturer: 1, timeCreated: 1_772_400_000)))
            uploaded.append((name, file))
        }
        let archive = (try? ZipReader.archive(uploaded.map { (name: $0.0, bytes: $0.1) })) ?? []
        return [
            (GarminConnectExport.uploadedFiles + "UploadedFiles_0-_Part1.zip", archive),
            ("DI_CONNECT/DI-Connect-User/user_profile.json", Array(#"{"userName":"runner@example.com"}"#.utf8)),
        ]
    }

    /// A gzip member (RFC 1952) with zlib, level 6, no name or time (the same bytes every time).
    static func gzip(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: a gzip wrapper (zlib manual, deflateInit2).
        guard cgzip_deflate_init2(&stream, 6, 15 + 16) == Z_OK else { return input }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 32)
        var input = input
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return input }
        return Array(output[0..<Int(stream.total_out)])
    }
}
