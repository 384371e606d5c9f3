import Foundation
import GaitModel

extension ActivityImporter {
    /// One TCX `Trackpoint` as the file gives it (NaN: not given).
    struct TCXPoint {
        var time: Int64?
        var latitude = Double.nan
        var longitude = Double.nan
        var altitude = Double.nan
        /// `DistanceMeters`: the device's running total.
        var distance = Double.nan
        var heartRate = Double.nan
        /// The `Cadence` element (Garmin writes it for cycling: rpm; some writers for running).
        var cadence = Double.nan
        /// ActivityExtension `TPX`: `Speed` (m/s), `RunCadence` (strides/min), `Watts`.
        var speed = Double.nan
        var runCadence = Double.nan
        var power = Double.nan
        /// The point opens a `Track` (Garmin starts one after each pause): no distance is computed
        /// from the point before it.
        var startsTrack = false
    }

    /// One TCX `Lap`: its `StartTime` attribute and the totals the schema requires or allows.
    struct TCXLap {
        var startTime: Int64?
        /// `TotalTimeSeconds` (Garmin writes the lap's timer time there).
        var totalTime = Double.nan
        var distance = Double.nan
        var calories = Double.nan
        var averageHeartRate = Double.nan
        var maxHeartRate = Double.nan
    }

    /// One `Activity` element: its `Sport` attribute, `Id`, laps and track points in file order.
    struct TCXActivity {
        var sport: String?
        var id: String?
        var laps: [TCXLap] = []
        var points: [TCXPoint] = []
    }

    /// What a TCX file holds: every `Activity` (TrainingCenterDatabase v2, also inside a
    /// `MultiSportSession`), in file order.
    struct TCXFile {
        var activities: [TCXActivity] = []
        /// Where the XML broke off (a truncated or damaged file): what came before it is kept.
        var damage: XMLRunFileError?
        var pointCount: Int { activities.reduce(0) { $0 + $1.points.count } }
    }

    /// Reads TCX (Garmin TrainingCenterDatabase v2) with libxml2's streaming reader. Elements are
    /// matched by local name, so any namespace prefix works (`ns3:TPX`, `ax:TPX`, none).
    static func readTCX(_ data: [UInt8]) -> Result<TCXFile, XMLRunFileError> {
        var file = TCXFile()
        var activity: TCXActivity?
        var lap: TCXLap?
        var point: TCXPoint?
        var newTrack = true
        let stop = XMLRunFileReader.walk(data, open: { name, reader, path in
            if path.isEmpty, name != "TrainingCenterDatabase" {
                return XMLRunFileError(line: XMLRunFileReader.line(reader),
                                       message: "the root element is <\(name)>, not <TrainingCenterDatabase>")
            }
            switch name {
            case "Activity":
                if let done = activity { file.activities.append(done) }
                activity = TCXActivity(sport: XMLRunFileReader.attribute(reader, "Sport"))
            case "Lap" where activity != nil:
                lap = TCXLap(startTime: XMLRunFileReader.attribute(reader, "StartTime")
                    .flatMap { CSVTime.parse($0, zone: .utc, fitSeconds: false)?.seconds })
            case "Track": newTrack = true
            case "Trackpoint" where activity != nil:
                point = TCXPoint(startsTrack: newTrack)
                newTrack = false
            default: break
            }
            return nil
        }, close: { name, path, value in
            let parent = path.last
            if point != nil {
                switch name {
                case "Trackpoint":
                    if let p = point { activity?.points.append(p) }
                    point = nil
                case "Time": point?.time = CSVTime.parse(value, zone: .utc, fitSeconds: false)?.seconds
                case "LatitudeDegrees": point?.latitude = Double(value) ?? .nan
                case "LongitudeDegrees": point?.longitude = Double(value) ?? .nan
                case "AltitudeMeters": point?.altitude = Double(value) ?? .nan
                case "DistanceMeters" where parent == "Trackpoint": point?.distance = Double(value) ?? .nan
                case "Value" where parent == "HeartRateBpm": point?.heartRate = Double(value) ?? .nan
                case "Cadence" where parent == "Trackpoint": point?.cadence = Double(value) ?? .nan
                case "Speed" where parent == "TPX": point?.speed = Double(value) ?? .nan
                case "RunCadence" where parent == "TPX": point?.runCadence = Double(value) ?? .nan
                case "Watts" where parent == "TPX": point?.power = Double(value) ?? .nan
                default: break
                }
            } else if lap != nil {
                switch (name, parent) {
                case ("Lap", _):
                    if let l = lap { activity?.laps.append(l) }
                    lap = nil
                case ("TotalTimeSeconds", "Lap"): lap?.totalTime = Double(value) ?? .nan
                case ("DistanceMeters", "Lap"): lap?.distance = Double(value) ?? .nan
                case ("Calories", "Lap"): lap?.calories = Double(value) ?? .nan
                case ("Value", "AverageHeartRateBpm"): lap?.averageHeartRate = Double(value) ?? .nan
                case ("Value", "MaximumHeartRateBpm"): lap?.maxHeartRate = Double(value) ?? .nan
                default: break
                }
            } else if name == "Id", parent == "Activity" {
                activity?.id = value
            } else if name == "Activity", let done = activity {
                file.activities.append(done)
                activity = nil
            }
        })
        switch stop {
        case nil: return .success(file)
        case .unusable(let error)?: return .failure(error)
        case .brokeOff(let error)?:
            // The open lap and activity hold what was read before the cut.
            if let l = lap { activity?.laps.append(l) }
            if let done = activity { file.activities.append(done) }
            guard file.pointCount > 0 else { return .failure(error) }
            file.damage = error
            return .success(file)
        }
    }

    /// TCX import: one Activity per `Activity` element, as a FIT file gives one per session (run
    /// ids `path#n` when a file holds several runs; other sports `path#sport`). Samples are the
    /// track points with a time, in file order (running only, as for FIT and GPX). Distance is the
    /// file's `DistanceMeters` where the activity has any, else summed from positions within each
    /// `Track` (haversine, as for GPX). Running cadence (`RunCadence`, else `Cadence`) is strides/min
    /// as Garmin writes it: doubled to steps/min by DOMAIN.md's rule, as FIT and GPX cadence is.
    static func importTCX(data: [UInt8], path: String, athlete: String, options: ImportOptions) -> ImportOutcome {
        let file: TCXFile
        switch readTCX(data) {
        case .success(let f): file = f
        case .failure(let error): return .skipped("\(path):\(error.line): \(error.message)")
        }
        var warnings: [String] = []
        var problems: [String] = []
        if let damage = file.damage {
            problems.append("\(path):\(damage.line): \(damage.message); kept the \(file.pointCount) track points before it")
            warnings += problems
        }
        let usable = file.activities.filter { a in
            a.points.contains { $0.time != nil } || a.laps.contains { $0.startTime != nil }
        }
        guard !usable.isEmpty else {
            return .skipped("\(path): no Activity with a timed track point or lap (\(file.activities.count) activities, "
                            + "\(file.pointCount) track points)", warnings: warnings)
        }
        var fileNotes: [String] = []
        if usable.count < file.activities.count {
            fileNotes.append("\(path): \(file.activities.count - usable.count) Activity elements without a timed track point or lap ignored")
        }
        let sports = usable.map { tcxSport($0.sport) }
        let runningCount = sports.count { $0 == "running" }
        var seen: [String: Int] = [:]
        var activities: [Activity] = []
        for (a, sport) in zip(usable, sports) {
            let n = seen[sport, default: 0] + 1
            seen[sport] = n
            let sameSport = sports.count { $0 == sport }
            // The runs.csv contract FIT's sessions follow: #n only when a file holds several runs.
            let runID = sport == "running" ? (runningCount > 1 ? "\(path)#\(n)" : path)
                : (usable.count > 1 ? "\(path)#\(sport)" + (sameSport > 1 ? "-\(n)" : "") : path)
            // What the analyst should see (the stage reports the file's warnings), as GPX's untyped track.
            var notes: [String] = []
            let label = usable.count > 1 ? runID : path
            switch a.sport {
            case "Running", "Biking": break
            case nil: notes.append("\(label): the Activity names no Sport; read as other")
            case let other?: notes.append("\(label): Sport=\"\(other)\" names no sport; read as other")
            }
            let timed = a.points.filter { $0.time != nil }
            if timed.count < a.points.count {
                notes.append("\(label): \(a.points.count - timed.count) track points without a time ignored")
            }
            fileNotes += notes
            let own = warnings + notes
            let start = a.laps.first?.startTime ?? timed.first?.time
                ?? a.id.flatMap { CSVTime.parse($0, zone: .utc, fitSeconds: false)?.seconds } ?? 0
            var activity = Activity(runID: runID, athlete: athlete, sport: sport, startTime: start, warnings: own,
                                    laps: a.laps.map { LapSummary(startTime: $0.startTime ?? start, duration: $0.totalTime,
                                                                  distance: $0.distance,
                                                                  averageHeartRate: $0.averageHeartRate) },
                                    summary: tcxSummary(a, sport: sport, start: start))
            if sport == "running" {
                activity.samples = tcxSamples(timed, path: path, warnings: &activity.warnings)
            }
            activity.damaged = file.damage != nil
            activities.append(activity)
        }
        var outcome = ImportOutcome(activities: activities, warnings: warnings + fileNotes)
        outcome.problems = problems
        return outcome
    }

    /// The schema's three sports; anything else (a writer's own word) is `other`.
    static func tcxSport(_ sport: String?) -> String {
        switch sport {
        case "Running": "running"
        case "Biking": "cycling"
        default: "other"
        }
    }

    /// The laps' totals as a session summary: elapsed from the first lap's start to the last one's
    /// end, the timer time and distance summed, heart rate weighted by lap time.
    private static func tcxSummary(_ a: TCXActivity, sport: String, start: Int64) -> SessionSummary? {
        guard !a.laps.isEmpty else { return nil }
        let timer = a.laps.map(\.totalTime).filter(\.isFinite)
        let distances = a.laps.map(\.distance).filter(\.isFinite)
        let end = a.laps.last.flatMap { l in l.startTime.map { Double($0) + (l.totalTime.isFinite ? l.totalTime : 0) } }
        let lastPoint = a.points.last { $0.time != nil }?.time.map(Double.init)
        let elapsed = [end, lastPoint].compactMap { $0 }.max().map { $0 - Double(start) } ?? .nan
        let weighted = a.laps.filter { $0.averageHeartRate.isFinite && $0.totalTime > 0 }
        let weight = weighted.reduce(0) { $0 + $1.totalTime }
        let maxima = a.laps.map(\.maxHeartRate).filter(\.isFinite)
        return SessionSummary(sport: sport, duration: elapsed, distance: distances.isEmpty ? .nan : distances.reduce(0, +),
                              averageHeartRate: weight > 0 ? weighted.reduce(0) { $0 + $1.averageHeartRate * $1.totalTime } / weight : .nan,
                              maxHeartRate: maxima.max() ?? .nan, timerTime: timer.isEmpty ? .nan : timer.reduce(0, +))
    }

    /// Timed track points → sample columns; running cadence converted to steps/min.
    private static func tcxSamples(_ points: [TCXPoint], path: String, warnings: inout [String]) -> SampleColumns {
        var samples = SampleColumns()
        let fileDistance = points.contains { $0.distance.isFinite }
        var distance = 0.0
        var previous: TCXPoint?
        var positioned = false
        for p in points {
            if fileDistance {
                samples.distance.append(p.distance)
            } else {
                if p.startsTrack { previous = nil }
                let here = p.latitude.isFinite && p.longitude.isFinite
                if let q = previous, here { distance += haversine(q.latitude, q.longitude, p.latitude, p.longitude) }
                if here { previous = p }
                positioned = positioned || here
                // Before any position (an indoor run with heart rate only) the distance is unknown, not 0.
                samples.distance.append(positioned ? distance : .nan)
            }
            samples.timestamp.append(p.time ?? 0)
            samples.speed.append(p.speed)
            samples.altitude.append(p.altitude)
            samples.heartRate.append(p.heartRate)
            samples.cadence.append(p.runCadence.isNaN ? p.cadence : p.runCadence)
            samples.power.append(p.power)
            for keyPath in [\SampleColumns.stanceTime, \.stanceTimeBalance, \.stepLength, \.verticalOscillation, \.verticalRatio] {
                samples[keyPath: keyPath].append(.nan)
            }
            samples.latitude.append(p.latitude)
            samples.longitude.append(p.longitude)
        }
        RunningCadence.toSteps(&samples, path: path, warnings: &warnings)
        return samples
    }
}
