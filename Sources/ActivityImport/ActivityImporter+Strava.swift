import BulkExport
import GaitModel

extension ActivityImporter {
    /// A Strava bulk export (an archive with `activities.csv` at its root): each row is one activity.
    /// A row with a file imports the file; a run stays a run, any other type is a session (no
    /// samples) with the row's sport; a row without a file is a session from the row alone. The
    /// row's perceived exertion is the session's RPE. A row whose file is missing or unreadable is
    /// skipped with the reason. A file holding several sessions (multisport) keeps their own sports. The runner sends each activity as an archive of the header, its
    /// row and its file, named by its run id (`activities/123.fit.gz`, `activities.csv#123`).
    static func importStrava(_ archive: ZipReader, path: String, athlete: String, options: ImportOptions) -> ImportOutcome {
        let csvPath = "\(path)/\(StravaExport.activitiesCSV)"
        let table: StravaActivities
        do {
            table = try StravaActivities.read(try archive.contents(of: StravaExport.activitiesCSV), path: csvPath)
        } catch let error as StravaActivities.Failure {
            return .skipped(error.description)
        } catch {
            return .skipped("\(error)")
        }
        // One activity sent alone keeps the name it was sent under as its run id.
        let single = table.rows.count == 1 && table.rows.first.map { row in
            path == StravaExport.runID(prefix: "", row: row) || path.hasSuffix("/" + StravaExport.runID(prefix: "", row: row))
        } == true
        var outcome = ImportOutcome()
        var skipped: [String] = table.problems
        for row in table.rows {
            let runID = single ? path : StravaExport.runID(prefix: path + "/", row: row)
            // The export's activities.csv as the input folder holds it (the runner sends one activity under its run id).
            let exportCSV = single ? String(path.dropLast(StravaExport.runID(prefix: "", row: row).count)) + StravaExport.activitiesCSV : csvPath
            let rowName = "\(exportCSV) row \(row.number) (activity \(row.id))"
            let (sport, subSport) = StravaActivities.sport(ofType: row.type)
            let isRun = StravaActivities.runTypes.contains(row.type.lowercased())
            guard !row.filename.isEmpty else {
                // A manual entry: the row is all there is.
                var activity = Activity(runID: runID, athlete: athlete, sport: sport, subSport: subSport,
                                        startTime: row.startTime, summary: rowSummary(row, sport: sport, subSport: subSport))
                activity.gear = row.gear
                outcome.activities.append(activity)
                continue
            }
            guard archive.contains(row.filename) else {
                skipped.append("\(runID): skipped: \(rowName) names '\(row.filename)', which the export does not hold")
                continue
            }
            let bytes: [UInt8]
            do { bytes = try archive.contents(of: row.filename) } catch {
                skipped.append("\(runID): skipped (\(rowName)): \(error.description)")
                continue
            }
            let inner = importFile(data: bytes, path: runID, athlete: athlete, options: options)
            if let reason = inner.skippedReason {
                skipped.append("\(runID): skipped (\(rowName)): \(reason)")
                continue
            }
            outcome.warnings += inner.warnings
            outcome.problems += inner.problems
            // A multisport file (a brick: ride then run) keeps each session's own sport; the row's
            // type names one activity.
            let oneActivity = inner.activities.count == 1
            for var activity in inner.activities {
                if !oneActivity {
                    // Sport as the file says.
                } else if isRun {
                    activity.sport = "running"
                    activity.summary?.sport = "running"
                } else {
                    // Any other type is a session: sport from the row, load from its summary.
                    activity.sport = sport
                    activity.subSport = subSport
                    activity.samples = SampleColumns()
                    if activity.summary == nil { activity.summary = rowSummary(row, sport: sport, subSport: subSport) }
                    activity.summary?.sport = sport
                    activity.summary?.subSport = subSport
                }
                activity.gear = row.gear
                if !row.perceivedExertion.isNaN {
                    if activity.summary == nil { activity.summary = rowSummary(row, sport: sport, subSport: subSport) }
                    activity.summary?.rpe = row.perceivedExertion
                }
                outcome.activities.append(activity)
            }
        }
        outcome.warnings += skipped
        if outcome.activities.isEmpty {
            outcome.skippedReason = skipped.first ?? "\(csvPath): no activities"
        }
        return outcome
    }

    /// What a row says of its session: duration, distance (the first `Distance`: km, metres for swims), HR, RPE.
    private static func rowSummary(_ row: StravaActivities.Row, sport: String, subSport: String) -> SessionSummary {
        SessionSummary(sport: sport, subSport: subSport, duration: row.elapsedTime,
                       distance: sport == "swimming" ? row.distance : row.distance * 1000,
                       averageHeartRate: row.averageHeartRate, maxHeartRate: row.maxHeartRate, rpe: row.perceivedExertion,
                       timerTime: row.elapsedTime)
    }
}
