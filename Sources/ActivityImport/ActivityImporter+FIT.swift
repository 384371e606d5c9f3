import FITCodec
import GaitModel

extension ActivityImporter {
    /// FIT import: one Activity per session (samples only for running ones, restricted to the
    /// session's time range), or one Activity from all records when the file has no session.
    static func importFIT(data: [UInt8], path: String, athlete: String) -> ImportOutcome {
        let file = FITDecoder().decode(data)
        var warnings = file.warnings.map { "\(path): \($0)" }
        if let error = file.error {
            guard !file.messages.isEmpty else { return .skipped("\(path): \(error)", warnings: warnings) }
            warnings.append("\(path): \(error); kept the \(file.messages.count) messages decoded before it")
        }
        let fit = FITActivity(file)
        let records = fit.records.filter { $0.timestamp != nil }
        if records.count < fit.records.count {
            warnings.append("\(path): \(fit.records.count - records.count) record messages without a timestamp ignored")
        }
        let device = fit.fileID.map { id in
            [id.manufacturer.map(FITProfileNames.manufacturer), id.product.map(String.init)].compactMap { $0 }
                .joined(separator: " ")
        } ?? ""

        guard !fit.sessions.isEmpty else {
            guard let first = records.first?.timestamp else {
                return .skipped("\(path): no session or timestamped record messages", warnings: warnings)
            }
            let sport = fit.sports.first?.sport ?? fit.laps.first(where: { $0.sport != nil })?.sport
            var activityWarnings: [String] = []
            if sport == nil { activityWarnings.append("\(path): no session, sport or lap message names the sport; sport is 'unknown'") }
            let subSport = fit.sports.first?.subSport ?? fit.laps.first?.subSport
            var activity = Activity(runID: path, athlete: athlete, sport: FITProfileNames.sport(sport),
                                    subSport: FITProfileNames.subSport(subSport), startTime: first, device: device,
                                    warnings: warnings + activityWarnings)
            activity.samples = samples(records, running: sport == 1, path: path, warnings: &activity.warnings)
            return ImportOutcome(activities: [activity], warnings: warnings)
        }

        let runningCount = fit.sessions.count { $0.sport == 1 }
        var seen: [Int: Int] = [:]  // sessions seen so far per sport, for numbering
        var activities: [Activity] = []
        for session in fit.sessions {
            let sportID = session.sport ?? fit.sports.first?.sport
            let sport = FITProfileNames.sport(sportID)
            let n = seen[sportID ?? -1, default: 0] + 1
            seen[sportID ?? -1] = n
            let running = sportID == 1
            let sameSport = fit.sessions.count { ($0.sport ?? fit.sports.first?.sport) == sportID }
            // runs.csv contract: path, plus #n when the file holds several running sessions. Other
            // sports get #sport(-n) so that every Activity of a file has its own id.
            let runID = running ? (runningCount > 1 ? "\(path)#\(n)" : path)
                : (fit.sessions.count > 1 ? "\(path)#\(sport)" + (sameSport > 1 ? "-\(n)" : "") : path)
            let start = session.startTime ?? records.first?.timestamp ?? 0
            var end = session.timestamp ?? Int64.max
            if session.timestamp == nil, !session.totalElapsedTime.isNaN { end = start + Int64(session.totalElapsedTime.rounded(.up)) }
            var activity = Activity(runID: runID, athlete: athlete, sport: sport,
                                    subSport: FITProfileNames.subSport(session.subSport), startTime: start,
                                    device: device, warnings: warnings)
            if session.startTime == nil { activity.warnings.append("\(path): session has no start_time; used the first record") }
            if running {
                let inSession = records.filter { ($0.timestamp ?? 0) >= start && ($0.timestamp ?? 0) <= end }
                activity.samples = samples(inSession, running: true, path: path, warnings: &activity.warnings)
            }
            activities.append(activity)
        }
        return ImportOutcome(activities: activities, warnings: warnings)
    }

    /// Records → columns; running cadence converted to steps/min (DOMAIN.md).
    private static func samples(_ records: [FITActivity.Record], running: Bool, path: String,
                                warnings: inout [String]) -> SampleColumns {
        var columns = SampleColumns()
        columns.timestamp = records.map { $0.timestamp ?? 0 }
        columns.distance = records.map(\.distance)
        columns.speed = records.map(\.speed)
        columns.altitude = records.map(\.altitude)
        columns.heartRate = records.map(\.heartRate)
        columns.cadence = records.map(\.totalCadence)
        if running {
            if RunningCadence.isStrides(cadence: columns.cadence, speed: columns.speed) {
                columns.cadence = columns.cadence.map { $0 * 2 }
            } else if let median = RunningCadence.median(cadence: columns.cadence, speed: columns.speed) {
                warnings.append("\(path): running cadence already in steps/min (median \(Int(median.rounded())) ≥ 120 above 2 m/s); not doubled")
            }
        }
        return columns
    }
}
