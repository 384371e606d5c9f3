import AthleteFiles
public import BulkExport
import Foundation
public import GaitModel
import SystemCall

/// The input folder as DESIGN.md's "Fixed interfaces" define it: run files directly (one athlete,
/// named after the folder) or one sub-folder per athlete, with reserved names per athlete.
public struct InputLayout: Sendable {
    public struct RunFile: Sendable {
        /// Absolute path, read only when the task is dispatched.
        public var path: String
        /// Relative to the athlete folder: the run id.
        public var runPath: String
        /// Relative to the input folder: what messages name.
        public var displayPath: String
        /// One activity of a bulk export (read from the export when dispatched); nil for a file.
        public var export: ExportMember? = nil
    }

    public struct Athlete: Sendable {
        public var id: String
        public var folder: String
        /// The folder as messages name it: `cleo-hills/`, or the input folder's name for run files
        /// directly in it.
        public var displayFolder: String
        public var runs: [RunFile]
        /// Files of the reserved `kinematics/` folder (`runPath` starts `kinematics/`).
        public var kinematics: [RunFile]
        public var athleteYAML: [UInt8]
        public var symptomsCSV: [UInt8]
        /// Bad lines and keys of athlete.yaml and symptoms.csv (`ana/symptoms.csv:3`, the message):
        /// each costs only itself, and the run reports it once (console, index, summary.json, --strict).
        public var fileProblems: [SkippedInput]
        /// Files in this athlete's folder that are not used, with the reason: they stay the
        /// athlete's (listed in its report), even when the folder holds no run at all.
        public var skipped: [SkippedInput] = []
    }

    public var root: String
    public var athletes: [Athlete]
    /// Files outside any athlete folder that are not used, with the reason.
    public var unassigned: [SkippedInput]

    /// Every file not used: outside athlete folders, then each athlete's (neither run files nor
    /// reserved; an athlete.yaml or symptoms.csv of which nothing can be read).
    public var skipped: [SkippedInput] { unassigned + athletes.flatMap(\.skipped) }

    static let reserved: Set<String> = ["athlete.yaml", "symptoms.csv", "kinematics"]

    /// What `isRunFile` accepts, for messages.
    public static let runFilePatterns = "*.fit, *.csv, *.gpx, *.tcx, *.fit.gz, *.csv.gz, *.gpx.gz, *.tcx.gz, *.zip"

    public static func isRunFile(_ name: String) -> Bool {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        return lower.hasSuffix(".fit") || lower.hasSuffix(".csv") || lower.hasSuffix(".gpx") || lower.hasSuffix(".tcx") || name.lowercased().hasSuffix(".zip")
    }

    /// Lab/video joint-angle exports: CSV and OpenSim storage files.
    public static func isKinematicsFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".mot") || lower.hasSuffix(".sto")
    }

    public static func scan(_ root: String) throws -> InputLayout {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let rootName = (root as NSString).standardizingPath.split(separator: "/").last.map(String.init) ?? "athlete"
        if fm.fileExists(atPath: root, isDirectory: &isDir), !isDir.boolValue, root.lowercased().hasSuffix(".zip"),
           BulkExportLayout.kind(archive: root) != nil {
            // A bulk export's zip given as the input: one athlete, named after the zip.
            let id = String(rootName.dropLast(4))
            var athlete = Athlete(id: id, folder: (root as NSString).deletingLastPathComponent, displayFolder: rootName + "/",
                                  runs: [], kinematics: [], athleteYAML: [], symptomsCSV: [], fileProblems: [])
            scanExportArchive(root, runPrefix: "", displayPrefix: rootName + "/", into: &athlete)
            return InputLayout(root: root, athletes: [athlete], unassigned: [])
        }
        guard fm.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            throw InputError(message: "input folder '\(root)' does not exist or is not a folder (or a Strava or Garmin Connect export zip)")
        }
        let entries = try fm.contentsOfDirectory(atPath: root).filter { !$0.hasPrefix(".") }.sorted()
        let subfolders = entries.filter { isDirectory((root as NSString).appendingPathComponent($0)) }
        let topFiles = entries.filter { !subfolders.contains($0) }
        var skipped: [SkippedInput] = []
        var athletes: [Athlete] = []

        if BulkExportLayout.kind(folder: root) != nil {
            // An unpacked bulk export given as the input: one athlete, named after the folder.
            athletes.append(scanAthlete(folder: root, defaultID: rootName, displayPrefix: ""))
        } else if topFiles.contains(where: { isRunFile($0) }) || subfolders.isEmpty || subfolders == ["kinematics"] {
            // Run files directly: one athlete named after the input folder.
            athletes.append(scanAthlete(folder: root, defaultID: rootName, displayPrefix: ""))
            for sub in subfolders where sub != "kinematics" {
                skipped.append(SkippedInput(path: sub + "/", stage: "runner",
                                            reason: "a sub-folder beside run files (use either run files or one folder per athlete)"))
            }
        } else {
            for file in topFiles {
                skipped.append(SkippedInput(path: file, stage: "runner",
                                            reason: "not inside an athlete folder (one sub-folder per athlete expected)"))
            }
            for sub in subfolders {
                athletes.append(scanAthlete(folder: (root as NSString).appendingPathComponent(sub), defaultID: sub,
                                            displayPrefix: sub + "/"))
            }
        }
        var seen: Set<String> = []
        for a in athletes where !seen.insert(a.id).inserted {
            throw InputError(message: "two athlete folders have the id '\(a.id)' (athlete.yaml 'id'); ids must be unique")
        }
        return InputLayout(root: root, athletes: athletes.sorted { $0.id < $1.id }, unassigned: skipped)
    }

    private static func scanAthlete(folder: String, defaultID: String, displayPrefix: String) -> Athlete {
        var skipped: [SkippedInput] = []
        // Absent is fine; present but unreadable (a folder of that name, no permission) is a skipped
        // input with the reason — never silently no diary.
        func athleteFile(_ name: String) -> [UInt8] {
            do throws(SystemCallError) { return try readFile((folder as NSString).appendingPathComponent(name)) } catch {
                if error.errno != ENOENT {
                    skipped.append(SkippedInput(path: displayPrefix + name, stage: "runner",
                                                reason: "cannot be read: \(GaitpipeError.phrase(error.errno))"))
                }
                return []
            }
        }
        let yaml = athleteFile("athlete.yaml")
        let symptoms = athleteFile("symptoms.csv")
        var runs: [RunFile] = []
        // Walk the athlete folder recursively (runs may be grouped in month folders), leaving out
        // kinematics/ and hidden entries at the top.
        let relPaths = filesUnder(folder, descend: { $0.contains("/") || ($0 != "kinematics" && !$0.hasPrefix(".")) },
                                  cannotOpen: { rel, e in
                                      let shown = displayPrefix + (rel.isEmpty ? "" : rel + "/")
                                      skipped.append(unreadableFolder(shown.isEmpty ? defaultID + "/" : shown, e))
                                  }).filter { !$0.hasPrefix(".") && $0 != "kinematics" }.sorted()
        var athlete = Athlete(id: defaultID, folder: folder, displayFolder: displayPrefix.isEmpty ? defaultID + "/" : displayPrefix,
                              runs: [], kinematics: [], athleteYAML: yaml, symptomsCSV: symptoms, fileProblems: [])
        // An unpacked bulk export: its activities are the run files; its other files (profile,
        // media, account data) are not runs and are not listed one by one.
        var exportFiles: Set<String> = []
        switch BulkExportLayout.kind(folder: folder) {
        case .strava?:
            exportFiles = Set(relPaths.filter(StravaExport.isExportFile))
            scanStrava(csv: athleteFile(StravaExport.activitiesCSV), csvPath: displayPrefix + StravaExport.activitiesCSV,
                       files: relPaths, archive: nil, folder: folder, runPrefix: "", displayPrefix: displayPrefix, into: &athlete)
        case .garminConnect?:
            exportFiles = Set(relPaths.filter { $0.hasPrefix(GarminConnectExport.root + "/") && !GarminConnectExport.isUploadedFilesArchive($0) })
        case nil:
            break
        }
        for rel in relPaths.sorted() {
            let name = (rel as NSString).lastPathComponent
            if rel == "athlete.yaml" || rel == "symptoms.csv" { continue }
            if name.hasPrefix(".") || exportFiles.contains(rel) { continue }
            let full = (folder as NSString).appendingPathComponent(rel)
            if name.lowercased().hasSuffix(".zip"), !GarminConnectExport.isUploadedFilesArchive(rel),
               BulkExportLayout.kind(archive: full) != nil {
                // An export's zip beside athlete.yaml: that athlete's export.
                scanExportArchive(full, runPrefix: rel + "/", displayPrefix: displayPrefix + rel + "/", into: &athlete)
            } else if isRunFile(name) {
                runs.append(RunFile(path: (folder as NSString).appendingPathComponent(rel), runPath: rel,
                                    displayPath: displayPrefix + rel))
            } else {
                skipped.append(SkippedInput(path: displayPrefix + rel, stage: "runner",
                                            reason: "not a run file (.fit, .csv, .gz or .zip expected)"))
            }
        }
        // Read here once per athlete so each problem is reported once, not by every task that
        // carries the file; injury-scoring reads the same bytes again for the athlete's report.
        var fileProblems: [SkippedInput] = []
        func check<Value>(_ reading: AthleteFileReading<Value>) {
            let entries = reading.skippedInputs(stage: "runner", folder: displayPrefix)
            if reading.unreadable { skipped += entries } else { fileProblems += entries }
        }
        // One athlete.yaml reader for the id and the problems (the scorer reads the same bytes).
        let profile = yaml.isEmpty ? nil : AthleteProfileParser.read(yaml)
        if let profile { check(profile) }
        if !symptoms.isEmpty { check(SymptomDiaryParser.read(symptoms)) }
        athlete.id = profile?.value.id ?? defaultID
        athlete.runs = (athlete.runs + runs).sorted { $0.runPath < $1.runPath }
        athlete.kinematics = scanKinematics(folder: folder, displayPrefix: displayPrefix, skipped: &skipped)
        athlete.fileProblems = fileProblems
        athlete.skipped += skipped
        return athlete
    }

    /// A Strava export's activities.csv: one run file per row (`runPrefix` + its file, or
    /// `activities.csv#<id>` for a row without one), then files under `activities/` no row names.
    /// A header that is not Strava's skips the export with that one line; a bad row skips itself.
    private static func scanStrava(csv: [UInt8], csvPath: String, files: [String], archive: String?, folder: String,
                                   runPrefix: String, displayPrefix: String, into athlete: inout Athlete) {
        // A file of the export read as any run file is (from the folder, or out of the zip when dispatched).
        func plainRunFile(_ rel: String) -> RunFile {
            RunFile(path: archive ?? (folder as NSString).appendingPathComponent(rel), runPath: runPrefix + rel,
                    displayPath: displayPrefix + rel,
                    export: archive.map { ExportMember(archive: $0, folder: folder, activitiesRow: nil, member: rel) })
        }
        do {
            let export = try BulkExportLayout.strava(csv: csv, csvPath: csvPath, files: files, archive: archive, folder: folder)
            for a in export.activities {
                athlete.runs.append(RunFile(path: archive ?? (folder as NSString).appendingPathComponent(a.member.member ?? StravaExport.activitiesCSV),
                                            runPath: runPrefix + a.runPath, displayPath: displayPrefix + a.runPath, export: a.member))
            }
            for rel in export.unreferenced where isRunFile(rel) { athlete.runs.append(plainRunFile(rel)) }
            for problem in export.problems {
                athlete.skipped.append(SkippedInput(path: csvPath, stage: "runner", reason: problem))
            }
        } catch {
            // Nothing lost: the files under activities/ are read as plain run files.
            athlete.skipped.append(SkippedInput(path: csvPath, stage: "runner",
                                                reason: "\(error.description); its activities are read without their rows"))
            for rel in files where rel.hasPrefix("activities/") && isRunFile(rel) { athlete.runs.append(plainRunFile(rel)) }
        }
    }

    /// A bulk export's zip: a Strava export's activities, or a Garmin Connect export's zips of uploaded files.
    private static func scanExportArchive(_ archive: String, runPrefix: String, displayPrefix: String, into athlete: inout Athlete) {
        let reader: ZipReader
        do { reader = try ZipReader(file: archive, path: displayPrefix.isEmpty ? archive : String(displayPrefix.dropLast())) } catch {
            athlete.skipped.append(SkippedInput(path: String(displayPrefix.dropLast()), stage: "runner", reason: error.description))
            return
        }
        if reader.contains(StravaExport.activitiesCSV) {
            let csvPath = displayPrefix + StravaExport.activitiesCSV
            do {
                scanStrava(csv: try reader.contents(of: StravaExport.activitiesCSV), csvPath: csvPath, files: reader.fileNames,
                           archive: archive, folder: (archive as NSString).deletingLastPathComponent, runPrefix: runPrefix,
                           displayPrefix: displayPrefix, into: &athlete)
            } catch {
                athlete.skipped.append(SkippedInput(path: csvPath, stage: "runner", reason: error.description))
            }
            return
        }
        for name in reader.fileNames where GarminConnectExport.isUploadedFilesArchive(name) {
            athlete.runs.append(RunFile(path: archive, runPath: runPrefix + name, displayPath: displayPrefix + name,
                                        export: ExportMember(archive: archive, folder: (archive as NSString).deletingLastPathComponent,
                                                             activitiesRow: nil, member: name)))
        }
    }

    private static func scanKinematics(folder: String, displayPrefix: String, skipped: inout [SkippedInput]) -> [RunFile] {
        let base = (folder as NSString).appendingPathComponent("kinematics")
        guard isDirectory(base) else { return [] }
        let hidden = { (rel: String) in (rel as NSString).lastPathComponent.hasPrefix(".") }
        let rels = filesUnder(base, descend: { !hidden($0) }, cannotOpen: { rel, e in
            skipped.append(unreadableFolder(displayPrefix + "kinematics/" + (rel.isEmpty ? "" : rel + "/"), e))
        }).filter { !hidden($0) }
        var files: [RunFile] = []
        for rel in rels.sorted() {
            let runPath = "kinematics/" + rel
            if isKinematicsFile(rel) {
                files.append(RunFile(path: (base as NSString).appendingPathComponent(rel), runPath: runPath,
                                     displayPath: displayPrefix + runPath))
            } else {
                skipped.append(SkippedInput(path: displayPrefix + runPath, stage: "runner",
                                            reason: "not a kinematics file (.csv, .mot or .sto expected)"))
            }
        }
        return files
    }

    /// A folder that cannot be opened: a skipped input with the reason, never silently no runs.
    private static func unreadableFolder(_ shown: String, _ errno: Int32) -> SkippedInput {
        SkippedInput(path: shown, stage: "runner", reason: "cannot be read: \(GaitpipeError.phrase(errno))")
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    public var runCount: Int { athletes.reduce(0) { $0 + $1.runs.count } }

    /// Every athlete's file problems, by athlete, file and line.
    public var athleteFileProblems: [SkippedInput] { athletes.flatMap(\.fileProblems) }
}

public struct InputError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
