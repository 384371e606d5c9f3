import FITCodec
import GaitModel

extension ActivityImporter {
    /// FIT import: one Activity per session (samples only for running ones, restricted to the
    /// session's time range and segment), or one Activity from all records when the file has no
    /// session. Every Activity from a session carries its summary and laps.
    /// The size the first FIT header announces (header + data + CRC), at least the bytes present.
    static func announcedSize(_ data: [UInt8]) -> Int {
        guard data.count >= 12 else { return data.count }
        let dataSize = Int(data[4]) | Int(data[5]) << 8 | Int(data[6]) << 16 | Int(data[7]) << 24
        return max(data.count, Int(data[0]) + dataSize + 2)
    }

    static func importFIT(data: [UInt8], path: String, athlete: String, options: ImportOptions) -> ImportOutcome {
        let (fit, report) = data.withUnsafeBytes { FITActivity.decode($0, strictCRC: options.strictCRC) }
        var warnings = report.warnings.map { "\(path): \($0)" }
        // Damage to the file itself, used anyway: the stage reports these as problems (issue 16).
        var problems = report.warnings.filter { $0.code == .headerCRCMismatch || $0.code == .fileCRCMismatch }
            .map { "\(path): \($0)" }
        if let error = report.error {
            guard report.messageCount > 0, !(options.strictCRC && error.code == .fileCRCMismatch) else {
                return .skipped("\(path): \(error)", warnings: warnings)
            }
            // Say how much of the file the run is made of: a partly imported run must not pass for a
            // whole one (issue 16).
            let damage = error.code == .truncated
                ? "\(path): salvaged \(min(error.offset, data.count)) of \(Self.announcedSize(data)) bytes "
                    + "(\(report.messageCount) messages): \(error); the rest of the run is missing"
                : "\(path): \(error); kept the \(report.messageCount) messages decoded before it"
            warnings.append(damage)
            problems.append(damage)
        }
        if fit.relativeRecordTimes > 0 {
            warnings.append("\(path): \(fit.relativeRecordTimes) record times are relative to device power-on (< 0x10000000); they are not calendar times")
        }
        let records = fit.records.filter { $0.timestamp != nil }
        if records.count < fit.records.count {
            warnings.append("\(path): \(fit.records.count - records.count) record messages without a timestamp ignored")
        }
        // Garmin Connect's uploaded files hold settings, monitoring and weight files besides
        // activities (FIT file type 4): those are not runs, and are counted, not listed one by one.
        if let type = fit.fileID?.type, type != 4 {
            var outcome = ImportOutcome.skipped("\(path): a FIT \(FITProfile.enumName("file", type) ?? "type \(type)") file, not an activity")
            outcome.notActivity = true
            return outcome
        }
        let device = fit.fileID.map { id in
            [id.manufacturer.map { FITProfile.enumName("manufacturer", $0) ?? "manufacturer-\($0)" },
             id.product.map { product in
                 // garmin_product names only apply to Garmin-family manufacturers (profile sub-field).
                 [1, 13, 15, 89].contains(id.manufacturer ?? -1)
                     ? FITProfile.enumName("garmin_product", product) ?? String(product) : String(product)
             }].compactMap { $0 }.joined(separator: " ")
        } ?? ""

        guard !fit.sessions.isEmpty else {
            guard let first = records.first?.timestamp else {
                return .skipped("\(path): no session or timestamped record messages", warnings: warnings)
            }
            let sport = fit.sports.first?.sport ?? fit.laps.first(where: { $0.sport != nil })?.sport
            var activityWarnings = ["\(path): no session message; the activity was built from its \(records.count) records"]
            if sport == nil { activityWarnings.append("\(path): no session, sport or lap message names the sport; sport is 'unknown'") }
            let subSport = fit.sports.first?.subSport ?? fit.laps.first?.subSport
            // No session message to carry the watch's timer time: its timer events tell it.
            let timer = fit.timerTime(from: first, until: records.last?.timestamp)
            var activity = Activity(runID: path, athlete: athlete, sport: sportName(sport),
                                    subSport: subSportName(subSport), startTime: first, device: device,
                                    warnings: warnings + activityWarnings, laps: fit.laps.map(lapSummary),
                                    summary: timer.map { SessionSummary(sport: sportName(sport), subSport: subSportName(subSport),
                                                                        exerciseCategories: fit.exerciseCategories,
                                                                        timerTime: $0) })
            if sport == 1 || sport == nil {
                activity.samples = samples(records, running: sport == 1, path: path, warnings: &activity.warnings)
            }
            activity.damaged = report.error != nil
            var outcome = ImportOutcome(activities: [activity], warnings: warnings + activityWarnings)
            outcome.problems = problems
            return outcome
        }

        let runningCount = fit.sessions.count { $0.sport == 1 }
        var seen: [Int: Int] = [:]  // sessions seen so far per sport, for numbering
        var activities: [Activity] = []
        for session in fit.sessions {
            let sportID = session.sport ?? fit.sports.first?.sport
            let sport = sportName(sportID)
            let n = seen[sportID ?? -1, default: 0] + 1
            seen[sportID ?? -1] = n
            let running = sportID == 1
            let sameSport = fit.sessions.count { ($0.sport ?? fit.sports.first?.sport) == sportID }
            // runs.csv contract: path, plus #n when the file holds several running sessions. Other
            // sports get #sport(-n) so that every Activity of a file has its own id.
            let runID = running ? (runningCount > 1 ? "\(path)#\(n)" : path)
                : (fit.sessions.count > 1 ? "\(path)#\(sport)" + (sameSport > 1 ? "-\(n)" : "") : path)
            // A session spans start_time to start_time + total_elapsed_time. Its `timestamp` is
            // its end only in files written summary-last: multisport watches write sessions
            // before their records, each with the file's first timestamp there.
            let start = session.startTime ?? records.first?.timestamp ?? 0
            let byElapsed = session.totalElapsedTime.isNaN ? nil : start + Int64(session.totalElapsedTime.rounded(.up))
            let byTimestamp = session.timestamp.flatMap { $0 > start ? $0 : nil }
            let end = [byElapsed, byTimestamp].compactMap { $0 }.max() ?? Int64.max
            // A record at or after the next session's start is that session's: legs touch (a
            // transition starts the second the run ends, its distance from 0 again).
            let nextStart = fit.sessions.compactMap { other in
                other.segment == session.segment ? other.startTime.flatMap { $0 > start ? $0 : nil } : nil
            }.min() ?? Int64.max
            let inSession = { (t: Int64?) in (t ?? .min) >= start && (t ?? .max) <= end && (t ?? .max) < nextStart }
            let summary = SessionSummary(sport: sport, subSport: subSportName(session.subSport),
                                         duration: session.totalElapsedTime, distance: session.totalDistance,
                                         averageHeartRate: session.averageHeartRate, maxHeartRate: session.maxHeartRate,
                                         rpe: session.rpe, exerciseCategories: fit.exerciseCategories,
                                         timerTime: session.totalTimerTime)
            var activity = Activity(runID: runID, athlete: athlete, sport: sport,
                                    subSport: subSportName(session.subSport), startTime: start, device: device,
                                    warnings: warnings,
                                    laps: fit.laps.filter { $0.segment == session.segment && inSession($0.startTime) }
                                        .map(lapSummary),
                                    summary: summary)
            if session.startTime == nil { activity.warnings.append("\(path): session has no start_time; used the first record") }
            if running {
                let own = records.filter { $0.segment == session.segment && inSession($0.timestamp) }
                activity.samples = samples(own, running: true, path: path, warnings: &activity.warnings)
            }
            activity.damaged = report.error != nil
            activities.append(activity)
        }
        var outcome = ImportOutcome(activities: activities, warnings: warnings)
        outcome.problems = problems
        return outcome
    }

    static func sportName(_ id: Int?) -> String {
        guard let id else { return "unknown" }
        return FITProfile.enumName("sport", id) ?? "sport-\(id)"
    }

    static func subSportName(_ id: Int?) -> String {
        guard let id else { return "" }
        return FITProfile.enumName("sub_sport", id) ?? "sub_sport-\(id)"
    }

    private static func lapSummary(_ lap: FITActivity.Segment) -> LapSummary {
        LapSummary(startTime: lap.startTime ?? lap.timestamp ?? 0, duration: lap.totalElapsedTime,
                   distance: lap.totalDistance, averageHeartRate: lap.averageHeartRate)
    }

    /// Records → columns; running cadence converted to steps/min (DOMAIN.md).
    private static func samples(_ records: [FITActivity.Record], running: Bool, path: String,
                                warnings: inout [String]) -> SampleColumns {
        var columns = SampleColumns(
            timestamp: records.map { $0.timestamp ?? 0 }, distance: records.map(\.distance),
            speed: records.map(\.speed), altitude: records.map(\.altitude), heartRate: records.map(\.heartRate),
            cadence: records.map(\.totalCadence), power: records.map(\.power), stanceTime: records.map(\.stanceTime),
            stanceTimeBalance: records.map(\.stanceTimeBalance), stepLength: records.map(\.stepLength),
            verticalOscillation: records.map(\.verticalOscillation), verticalRatio: records.map(\.verticalRatio),
            latitude: records.map(\.latitude), longitude: records.map(\.longitude))
        if running { RunningCadence.toSteps(&columns, path: path, warnings: &warnings) }
        return columns
    }
}
