import Foundation
import Testing

/// Strava and Garmin Connect bulk exports, as `gaitpipe synth --export` writes them, run through
/// `gaitpipe run` with no preparation (issue 21): folder and zip, each giving the runs the same
/// season gives as plain FIT files; activities.csv read back by Python's csv module.
@Suite(.serialized) struct BulkExportRunTests {
    static let weeks = "8"  // week 8 holds the steady runner's first brick (ride + run in one file)

    /// runs.csv's running rows without run_id (athlete, start_time, sport, distance … trimp): what
    /// the plain season and its exports must agree on.
    static func runningRows(_ out: String) throws -> [String] {
        let lines = try String(contentsOfFile: out + "/runs.csv", encoding: .utf8).split(separator: "\n").dropFirst()
        var rows: [String] = []
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 15, fields[3] == "running" else { continue }
            rows.append(([fields[0]] + fields[2..<15]).joined(separator: ","))
        }
        return rows
    }

    static let plainRows: Result<[String], any Error> = Result {
        let dir = TestSupport.temporaryDirectory("plain-season")
        let out = TestSupport.temporaryDirectory("plain-season-out")
        _ = try TestSupport.gaitpipe(["synth", "--out", dir, "--weeks", weeks])
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", dir, "--out", out, "--no-cache"])
        guard r.status == 0 else { throw CocoaError(.fileReadUnknown) }
        return try runningRows(out)
    }

    @Test(arguments: [("strava", false), ("strava", true), ("garmin", false), ("garmin", true)])
    func exportRunsLikeThePlainSeason(kind: String, zip: Bool) throws {
        let dir = TestSupport.temporaryDirectory("export-\(kind)")
        let out = TestSupport.temporaryDirectory("export-\(kind)-out")
        let synth = try TestSupport.gaitpipe(["synth", "--out", dir, "--weeks", Self.weeks, "--export", kind] + (zip ? ["--zip"] : []))
        #expect(synth.status == 0, "\(synth.stderr)")
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", dir, "--out", out,
                                          "--no-cache", "--strict"])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        let rows = try Self.runningRows(out)
        #expect(rows.count > 30)
        #expect(rows == (try Self.plainRows.get()))
        let runs = try String(contentsOfFile: out + "/ana-ramp/runs.csv", encoding: .utf8)
        let firstID = runs.split(separator: "\n").dropFirst().first?.split(separator: ",")[1] ?? ""
        switch (kind, zip) {
        case ("strava", false): #expect(firstID.hasPrefix("activities/1") && firstID.hasSuffix(".fit.gz"), "\(firstID)")
        case ("strava", true): #expect(firstID.hasPrefix("strava-export.zip/activities/1"), "\(firstID)")
        case (_, false): #expect(firstID.hasPrefix("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip/runner@"), "\(firstID)")
        default: #expect(firstID.hasPrefix("garmin-export.zip/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip/"), "\(firstID)")
        }
        if kind == "garmin" {
            // The settings and weight files are counted once per uploaded-files zip, not listed.
            let summary = try String(contentsOfFile: out + "/summary.json", encoding: .utf8)
            #expect(summary.contains("UploadedFiles_0-_Part1.zip: 2 FIT files are not an activity"), "\(summary.prefix(2000))")
        }
    }

    /// Python's csv module reads the synthesized activities.csv: the header is Strava's (86 columns,
    /// `Distance` twice), its descriptions span lines, and its runs are runs.csv's runs.
    @Test func stravaRowsAreTheRuns() throws {
        let dir = TestSupport.temporaryDirectory("strava-csv")
        let out = TestSupport.temporaryDirectory("strava-csv-out")
        _ = try TestSupport.gaitpipe(["synth", "--out", dir, "--weeks", Self.weeks, "--export", "strava"])
        let python = try TestSupport.run("/usr/bin/python3", ["-c", """
            import csv, sys
            rows = list(csv.reader(open(sys.argv[1] + '/ana-ramp/activities.csv', newline='')))
            h = rows[0]
            assert len(h) == 86 and h.count('Distance') == 2 and h[0] == 'Activity ID', h
            d2 = [i for i, n in enumerate(h) if n == 'Distance'][1]
            runs = [r for r in rows[1:] if r[h.index('Activity Type')] == 'Run']
            print(len(runs), sum(float(r[d2]) for r in runs), sum('\\n' in r[4] for r in rows[1:]))
            gear = h.index('Activity Gear')
            for shoe in sorted(set(r[gear] for r in runs)):
                print(shoe + '=' + str(sum(1 for r in runs if r[gear] == shoe)))
            """, dir])
        let lines = python.stdout.split(separator: "\n")
        let fields = (lines.first ?? "").split(separator: " ").map { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
        let shoes = lines.dropFirst().map { $0.split(separator: "=").map(String.init) }
        #expect(fields.count == 3 && fields[2] > 0, "\(python.stdout) \(python.stderr)")
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", dir + "/ana-ramp",
                                          "--out", out, "--no-cache"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try Self.runningRows(out)
        #expect(Double(rows.count) == fields.first)
        let distance = rows.compactMap { Double($0.split(separator: ",")[3]) }.reduce(0, +)
        #expect(abs(distance - fields[1]) <= fields[1] * 0.01, "runs.csv \(distance) m, activities.csv \(fields[1]) m")
        // Gear: runs.csv's last column, counted per shoe as activities.csv counts them; the report's shoe table.
        let csv = try String(contentsOfFile: out + "/ana-ramp/runs.csv", encoding: .utf8).split(separator: "\n")
        #expect(csv.first?.hasSuffix(",warnings,gear") == true)
        let gears = csv.dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false).last ?? "") }
        #expect(shoes.count == 2, "\(python.stdout)")
        for shoe in shoes where shoe.count == 2 {
            #expect(String(gears.filter { $0 == shoe[0] }.count) == shoe[1], "\(shoe)")
        }
        let html = try String(contentsOfFile: out + "/ana-ramp/report.html", encoding: .utf8)
        #expect(html.contains("<h2>Distance per shoe</h2>") && html.contains("<th scope=\"row\">Pegasus 40</th>"))
    }

    /// A re-export with one row's perceived exertion edited recomputes that activity only.
    @Test func anEditedRowRecomputesItsActivity() throws {
        let dir = TestSupport.temporaryDirectory("strava-edit")
        let cache = TestSupport.temporaryDirectory("strava-edit-cache")
        _ = try TestSupport.gaitpipe(["synth", "--out", dir, "--weeks", "2", "--athletes", "1", "--export", "strava"])
        let args = ["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", dir, "--cache-dir", cache]
        let first = try TestSupport.gaitpipe(args + ["--out", TestSupport.temporaryDirectory("strava-edit-1")])
        #expect(first.status == 0, "\(first.stderr)")
        // Python's csv module edits the export: the second row's perceived exertion becomes 9.
        let edit = try TestSupport.run("/usr/bin/python3", ["-c", """
            import csv, sys
            p = sys.argv[1] + '/ana-ramp/activities.csv'
            rows = list(csv.reader(open(p, newline='')))
            rows[2][rows[0].index('Perceived Exertion')] = '9'
            csv.writer(open(p, 'w', newline='')).writerows(rows)
            """, dir])
        #expect(edit.status == 0, "\(edit.stderr)")
        let outSecond = TestSupport.temporaryDirectory("strava-edit-2")
        let second = try TestSupport.gaitpipe(args + ["--out", outSecond])
        #expect(second.status == 0, "\(second.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: outSecond + "/summary.json"))) as? [String: Any]
        let stage = (summary?["stages"] as? [[String: Any]])?.first { $0["name"] as? String == "activity-import" }
        // `items` counts the activities computed, `cached` those answered from the cache.
        #expect(stage?["items"] as? Int == 1 && (stage?["cached"] as? Int ?? 0) > 5, "\(stage ?? [:])")
    }

    /// A weekly rerun over an unchanged export zip reads none of its activities: their digests are
    /// remembered with the zip's stamp. Shown by damaging one member behind the cache's back (size
    /// and mtime put back): the rerun answers everything from the cache; `--deep-hash` reads the
    /// members again and the damaged one fails its CRC.
    @Test func anUnchangedExportZipIsNotReadAgain() throws {
        let dir = TestSupport.temporaryDirectory("strava-zip-memo")
        let cache = TestSupport.temporaryDirectory("strava-zip-memo-cache")
        _ = try TestSupport.gaitpipe(["synth", "--out", dir, "--weeks", "2", "--athletes", "1", "--export", "strava", "--zip"])
        let args = ["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", dir, "--cache-dir", cache]
        func run(_ name: String, _ extra: [String] = []) throws -> (status: Int32, out: String, importItems: Int?) {
            let out = TestSupport.temporaryDirectory(name)
            let r = try TestSupport.gaitpipe(args + ["--out", out] + extra)
            let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/summary.json"))) as? [String: Any]
            let stage = (summary?["stages"] as? [[String: Any]])?.first { $0["name"] as? String == "activity-import" }
            return (r.status, out, stage?["items"] as? Int)
        }
        let first = try run("strava-zip-memo-1")
        #expect(first.status == 0 && (first.importItems ?? 0) > 5)
        // Python's zipfile finds the first activity's data; one byte of it is flipped in place.
        let damage = try TestSupport.run("/usr/bin/python3", ["-c", """
            import os, struct, sys, zipfile
            p = sys.argv[1] + '/ana-ramp/strava-export.zip'
            st = os.stat(p)
            info = next(i for i in sorted(zipfile.ZipFile(p).infolist(), key=lambda i: i.filename)
                        if i.filename.startswith('activities/') and i.compress_size > 100)
            with open(p, 'r+b') as f:
                f.seek(info.header_offset + 26)
                name_length, extra_length = struct.unpack('<HH', f.read(4))
                at = info.header_offset + 30 + name_length + extra_length + info.compress_size // 2
                f.seek(at)
                b = f.read(1)[0]
                f.seek(at)
                f.write(bytes([b ^ 0xFF]))
            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
            print(info.filename)
            """, dir])
        #expect(damage.status == 0, "\(damage.stderr)")
        let damaged = damage.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let second = try run("strava-zip-memo-2")
        #expect(second.status == 0 && second.importItems == 0, "every activity from the cache, the zip not read")
        #expect(try String(contentsOfFile: second.out + "/runs.csv", encoding: .utf8)
                == String(contentsOfFile: first.out + "/runs.csv", encoding: .utf8))
        let deep = try run("strava-zip-memo-3", ["--deep-hash"])
        let skipped = try String(contentsOfFile: deep.out + "/summary.json", encoding: .utf8)
        #expect(deep.status == 0 && skipped.contains((damaged as NSString).lastPathComponent) && skipped.contains("CRC-32 mismatch"),
                "\(skipped)")
    }

    /// A run in the export and again as a loose FIT file beside it counts once (DOMAIN.md duplicates).
    @Test func aRunInTheExportAndLooseCountsOnce() throws {
        let dir = TestSupport.temporaryDirectory("strava-dup")
        _ = try TestSupport.gaitpipe(["synth", "--out", dir, "--weeks", "2", "--athletes", "1", "--export", "strava"])
        let athlete = dir + "/ana-ramp"
        let gz = try #require(try FileManager.default.contentsOfDirectory(atPath: athlete + "/activities").sorted().first)
        let gunzip = try TestSupport.run("/bin/sh", ["-c", "gzip -dc '\(athlete)/activities/\(gz)' > '\(athlete)/loose-copy.fit'"])
        #expect(gunzip.status == 0)
        let out = TestSupport.temporaryDirectory("strava-dup-out")
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", dir, "--out", out, "--no-cache"])
        #expect(r.status == 0, "\(r.stderr)")
        let runs = try String(contentsOfFile: out + "/ana-ramp/runs.csv", encoding: .utf8)
        let ids = runs.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
        // One of the two copies is kept, never both.
        #expect(ids.filter { $0 == "loose-copy.fit" || $0 == "activities/\(gz)" }.count == 1, "\(ids)")
        let report = try String(contentsOfFile: out + "/ana-ramp/report.json", encoding: .utf8)
        #expect(report.contains("loose-copy.fit") && report.contains("activities/\(gz)"))
    }

    /// The export zip itself as --input: one athlete named after the zip, run ids inside the export.
    @Test func anExportZipIsAnInput() throws {
        let dir = TestSupport.temporaryDirectory("strava-zip-input")
        _ = try TestSupport.gaitpipe(["synth", "--out", dir, "--weeks", "2", "--athletes", "1", "--export", "strava", "--zip"])
        let out = TestSupport.temporaryDirectory("strava-zip-input-out")
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input",
                                          dir + "/ana-ramp/strava-export.zip", "--out", out, "--no-cache", "--strict"])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        let runs = try String(contentsOfFile: out + "/strava-export/runs.csv", encoding: .utf8).split(separator: "\n")
        #expect(runs.count > 5 && runs.dropFirst().allSatisfy { $0.hasPrefix("strava-export,activities/") }, "\(runs.prefix(3))")
    }

    @Test func aForeignHeaderIsOneSkippedLine() throws {
        let dir = TestSupport.temporaryDirectory("strava-foreign")
        try FileManager.default.createDirectory(atPath: dir + "/ana/activities", withIntermediateDirectories: true)
        try "Kennung,Datum,Art\n1,2,3\n".write(toFile: dir + "/ana/activities.csv", atomically: true, encoding: .utf8)
        let small = try TestSupport.smallInput(files: 1)
        let fit = try FileManager.default.contentsOfDirectory(atPath: small).first ?? ""
        try FileManager.default.copyItem(atPath: small + "/" + fit, toPath: dir + "/ana/activities/1.fit")
        let out = TestSupport.temporaryDirectory("strava-foreign-out")
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml", "--input", dir, "--out", out])
        // The header is named; the file under activities/ that no row names is still read (nothing lost).
        #expect(r.stdout.contains("ana/activities.csv:1: header 'Kennung,Datum,Art' is not a Strava activities.csv header"), "\(r.stdout)")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: out + "/ana/runs.csv", encoding: .utf8).contains("ana,activities/1.fit,"))
    }
}
