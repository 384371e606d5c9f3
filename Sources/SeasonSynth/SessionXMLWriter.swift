import Foundation

/// A synthesized run as the two XML formats other apps write (issue 21), for the exports and the
/// conformance tests: GPX 1.1 as Strava exports it (positions, elevation, Garmin's
/// TrackPointExtension hr and cad, power) and TCX as Garmin Connect exports it (laps per kilometre,
/// Trackpoints with DistanceMeters, HeartRateBpm and the TPX extension's Speed, RunCadence, Watts).
/// Cadence is written as watches store it for running, strides/min. A sample's missing value
/// (NaN) leaves its element out.
enum SessionXMLWriter {
    static func gpx(_ samples: [SimulatedSample], name: String) -> [UInt8] {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx creator="gaitpipe synth" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd" \
            xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
             <metadata>
              <time>\(iso(samples.first?.time ?? 0))</time>
             </metadata>
             <trk>
              <name>\(escaped(name))</name>
              <type>running</type>
              <trkseg>

            """
        for s in samples where s.latitude.isFinite && s.longitude.isFinite {
            out += "   <trkpt lat=\"\(fixed(s.latitude, 7))\" lon=\"\(fixed(s.longitude, 7))\">\n"
            if s.altitude.isFinite { out += "    <ele>\(fixed(s.altitude, 1))</ele>\n" }
            out += "    <time>\(iso(s.time))</time>\n"
            var tpx = ""
            if s.heartRate.isFinite { tpx += "      <gpxtpx:hr>\(Int(s.heartRate.rounded()))</gpxtpx:hr>\n" }
            if s.cadence.isFinite { tpx += "      <gpxtpx:cad>\(Int(s.cadence.rounded(.down)))</gpxtpx:cad>\n" }
            let power = s.power.isFinite ? "     <power>\(Int(s.power.rounded()))</power>\n" : ""
            if !tpx.isEmpty || !power.isEmpty {
                out += "    <extensions>\n" + power
                if !tpx.isEmpty { out += "     <gpxtpx:TrackPointExtension>\n" + tpx + "     </gpxtpx:TrackPointExtension>\n" }
                out += "    </extensions>\n"
            }
            out += "   </trkpt>\n"
        }
        out += "  </trkseg>\n </trk>\n</gpx>\n"
        return Array(out.utf8)
    }

    static func tcx(_ samples: [SimulatedSample], lapMetres: Double = 1_000) -> [UInt8] {
        let start = samples.first?.time ?? 0
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TrainingCenterDatabase xsi:schemaLocation="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2 \
            http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd" \
            xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2" \
            xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Activities>
                <Activity Sport="Running">
                  <Id>\(iso(start))</Id>

            """
        // Laps split where the distance passes each lapMetres, as auto-lap does.
        var laps: [ArraySlice<SimulatedSample>] = []
        var lapStart = 0
        for i in samples.indices.dropFirst() {
            let before = samples[i - 1].distance, now = samples[i].distance
            if before.isFinite, now.isFinite, (now / lapMetres).rounded(.down) > (before / lapMetres).rounded(.down) {
                laps.append(samples[lapStart...i])
                lapStart = i + 1
            }
        }
        if lapStart < samples.count { laps.append(samples[lapStart...]) }
        for lap in laps {
            guard let first = lap.first, let last = lap.last else { continue }
            let startDistance = lap.startIndex == 0 ? 0 : samples[lap.startIndex - 1].distance
            let distance = last.distance - (startDistance.isFinite ? startDistance : 0)
            let heartRates = lap.map(\.heartRate).filter(\.isFinite)
            out += "        <Lap StartTime=\"\(iso(lap.startIndex == 0 ? first.time : samples[lap.startIndex - 1].time))\">\n"
            out += "          <TotalTimeSeconds>\(fixed(Double(last.time - (lap.startIndex == 0 ? first.time : samples[lap.startIndex - 1].time)), 1))</TotalTimeSeconds>\n"
            out += "          <DistanceMeters>\(fixed(distance, 2))</DistanceMeters>\n"
            out += "          <Calories>\(Int((distance / 1000 * 65).rounded()))</Calories>\n"
            if !heartRates.isEmpty {
                out += "          <AverageHeartRateBpm>\n            <Value>\(Int((heartRates.reduce(0, +) / Double(heartRates.count)).rounded()))</Value>\n          </AverageHeartRateBpm>\n"
                out += "          <MaximumHeartRateBpm>\n            <Value>\(Int(heartRates.max()!.rounded()))</Value>\n          </MaximumHeartRateBpm>\n"
            }
            out += "          <Intensity>Active</Intensity>\n          <TriggerMethod>Distance</TriggerMethod>\n          <Track>\n"
            for s in lap {
                out += "            <Trackpoint>\n              <Time>\(iso(s.time))</Time>\n"
                if s.latitude.isFinite && s.longitude.isFinite {
                    out += "              <Position>\n                <LatitudeDegrees>\(fixed(s.latitude, 7))</LatitudeDegrees>\n"
                        + "                <LongitudeDegrees>\(fixed(s.longitude, 7))</LongitudeDegrees>\n              </Position>\n"
                }
                if s.altitude.isFinite { out += "              <AltitudeMeters>\(fixed(s.altitude, 1))</AltitudeMeters>\n" }
                if s.distance.isFinite { out += "              <DistanceMeters>\(fixed(s.distance, 2))</DistanceMeters>\n" }
                if s.heartRate.isFinite {
                    out += "              <HeartRateBpm>\n                <Value>\(Int(s.heartRate.rounded()))</Value>\n              </HeartRateBpm>\n"
                }
                var tpx = ""
                if s.speed.isFinite { tpx += "                  <ns3:Speed>\(fixed(s.speed, 3))</ns3:Speed>\n" }
                if s.cadence.isFinite { tpx += "                  <ns3:RunCadence>\(Int(s.cadence.rounded(.down)))</ns3:RunCadence>\n" }
                if s.power.isFinite { tpx += "                  <ns3:Watts>\(Int(s.power.rounded()))</ns3:Watts>\n" }
                if !tpx.isEmpty {
                    out += "              <Extensions>\n                <ns3:TPX>\n" + tpx + "                </ns3:TPX>\n              </Extensions>\n"
                }
                out += "            </Trackpoint>\n"
            }
            out += "          </Track>\n        </Lap>\n"
        }
        out += "      </Activity>\n    </Activities>\n</TrainingCenterDatabase>\n"
        return Array(out.utf8)
    }

    static func iso(_ unix: Int64) -> String {
        ISO8601DateFormatter.string(from: Date(timeIntervalSince1970: Double(unix)), timeZone: TimeZone(identifier: "UTC")!,
                                    formatOptions: [.withInternetDateTime])
    }

    static func fixed(_ v: Double, _ places: Int) -> String { String(format: "%.\(places)f", v) }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
