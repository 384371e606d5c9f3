import CLibXML2
import Foundation
import GaitModel

extension ActivityImporter {
    /// One GPX track point as the file gives it (NaN: not given).
    struct GPXPoint {
        var latitude = Double.nan
        var longitude = Double.nan
        var elevation = Double.nan
        var time: Int64?
        var heartRate = Double.nan
        var cadence = Double.nan
        var power = Double.nan
        var speed = Double.nan
        /// The point opens a track segment: no distance is counted from the point before it.
        var startsSegment = false
    }

    /// What a GPX file holds for a run: its track points in file order (every `trkseg` of every
    /// `trk`), the first track's `type` (GPX 1.1) and `name`.
    struct GPXTrack {
        var points: [GPXPoint] = []
        var type: String?
        var name: String?
        /// Where the XML broke off (a truncated or damaged file): the points before it are kept.
        var damage: XMLRunFileError?
    }

    /// Reads GPX 1.0/1.1 with libxml2's streaming reader: `trkpt` (lat, lon), `ele`, `time`, GPX 1.0's
    /// `speed`, Garmin's TrackPointExtension (`hr`, `cad`; any namespace prefix) and the common
    /// `power` extension. Leading whitespace before `<?xml` (Strava writes some) is skipped.
    static func readGPX(_ data: [UInt8]) -> Result<GPXTrack, XMLRunFileError> {
        var track = GPXTrack()
        var point: GPXPoint?
        var newSegment = true
        var tracks = 0
        var gpx10 = false
        let stop = XMLRunFileReader.walk(data, open: { name, reader, path in
            if path.isEmpty {
                guard name == "gpx" else {
                    return XMLRunFileError(line: XMLRunFileReader.line(reader), message: "the root element is <\(name)>, not <gpx>")
                }
                // GPX 1.0's trk has no `type` (gpxpy ignores one there too).
                gpx10 = XMLRunFileReader.attribute(reader, "version") == "1.0"
            }
            if name == "trkseg" { newSegment = true }
            if name == "trk" { tracks += 1 }
            if name == "trkpt" {
                var p = GPXPoint()
                p.startsSegment = newSegment
                newSegment = false
                p.latitude = XMLRunFileReader.attribute(reader, "lat").flatMap(Double.init) ?? .nan
                p.longitude = XMLRunFileReader.attribute(reader, "lon").flatMap(Double.init) ?? .nan
                point = p
            }
            return nil
        }, close: { name, path, value in
            if name == "trkpt", let p = point {
                track.points.append(p)
                point = nil
            } else if point != nil {
                switch name {
                case "ele": point?.elevation = Double(value) ?? .nan
                case "time": point?.time = CSVTime.parse(value, zone: .utc, fitSeconds: false)?.seconds
                case "speed": point?.speed = Double(value) ?? .nan
                case "hr", "heartrate": point?.heartRate = Double(value) ?? .nan
                case "cad", "cadence": point?.cadence = Double(value) ?? .nan
                case "power", "watts", "PowerInWatts": point?.power = Double(value) ?? .nan
                default: break
                }
            } else if path.last == "trk", tracks == 1 {
                if name == "type", track.type == nil, !gpx10 { track.type = value }
                if name == "name", track.name == nil { track.name = value }
            }
        })
        switch stop {
        case nil: return .success(track)
        case .unusable(let error)?: return .failure(error)
        case .brokeOff(let error)?:
            guard !track.points.isEmpty else { return .failure(error) }
            track.damage = error
            return .success(track)
        }
    }

    /// GPX import: one Activity from the track points that have a time, in file order. Distance is
    /// summed from positions (haversine on a sphere of the IUGG mean radius, 6,371,008.8 m); GPX
    /// has no distance field. Sport from the track's `type` (`running`, Strava's `9`…);
    /// without one it is `running` (a GPX handed to a running tool), with a warning.
    static func importGPX(data: [UInt8], path: String, athlete: String, options: ImportOptions) -> ImportOutcome {
        let track: GPXTrack
        switch readGPX(data) {
        case .success(let t): track = t
        case .failure(let error): return .skipped("\(path):\(error.line): \(error.message)")
        }
        let timed = track.points.filter { $0.time != nil }
        guard let start = timed.first?.time else {
            return .skipped("\(path): no track point with a time (\(track.points.count) points)")
        }
        var warnings: [String] = []
        var problems: [String] = []
        if let damage = track.damage {
            // Used as far as it goes, and counted as a problem (as a truncated FIT is).
            problems.append("\(path):\(damage.line): \(damage.message); kept the \(track.points.count) track points before it")
            warnings += problems
        }
        if timed.count < track.points.count {
            warnings.append("\(path): \(track.points.count - timed.count) track points without a time ignored")
        }
        var samples = SampleColumns()
        var distance = 0.0
        var previous: GPXPoint?
        for p in timed {
            // Segments are separate stretches of recording (gpxpy sums them apart too): nothing
            // is counted between the last point of one and the first of the next.
            if p.startsSegment { previous = nil }
            if let q = previous, p.latitude.isFinite, p.longitude.isFinite, q.latitude.isFinite, q.longitude.isFinite {
                distance += haversine(q.latitude, q.longitude, p.latitude, p.longitude)
            }
            if p.latitude.isFinite, p.longitude.isFinite { previous = p }
            samples.timestamp.append(p.time ?? start)
            samples.distance.append(distance)
            samples.speed.append(p.speed)
            samples.altitude.append(p.elevation)
            samples.heartRate.append(p.heartRate)
            samples.cadence.append(p.cadence)
            samples.power.append(p.power)
            for keyPath in [\SampleColumns.stanceTime, \.stanceTimeBalance, \.stepLength, \.verticalOscillation, \.verticalRatio] {
                samples[keyPath: keyPath].append(.nan)
            }
            samples.latitude.append(p.latitude)
            samples.longitude.append(p.longitude)
        }
        let sport: String
        switch track.type?.lowercased() {
        case "running", "run", "9", "trail_running", "trailrunning", "treadmill_running": sport = "running"
        case nil, "":
            sport = "running"
            warnings.append("\(path): the track names no type; read as running")
        case let other?: sport = GPXSport.name(other)
        }
        if sport == "running", RunningCadence.isStrides(cadence: samples.cadence, speed: samples.speed) {
            samples.cadence = samples.cadence.map { $0 * 2 }
        }
        var activity = Activity(runID: path, athlete: athlete, sport: sport, startTime: start,
                                samples: sport == "running" ? samples : SampleColumns(), warnings: warnings)
        activity.damaged = track.damage != nil
        var outcome = ImportOutcome(activities: [activity], warnings: warnings)
        outcome.problems = problems
        return outcome
    }

    /// Great-circle distance in metres.
    static func haversine(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6_371_008.8, rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, sqrt(a)))
    }
}

/// GPX `type` values other than running, as sport names (lower case, spaces as `_`).
enum GPXSport {
    static func name(_ type: String) -> String {
        switch type {
        case "1", "cycling", "biking", "ride": "cycling"
        case "11", "walking", "walk": "walking"
        case "hiking", "hike": "hiking"
        case "swimming", "swim": "swimming"
        default: type.replacingOccurrences(of: " ", with: "_")
        }
    }
}
