public import Foundation
import Yams

/// The zone of CSV times written without one: the athlete's `timezone` in athlete.yaml (an IANA
/// name such as `Europe/Berlin`), UTC when the file or the key is absent. Offsets come from
/// Foundation's `TimeZone`, so a run across a daylight-saving change gets the right offset on each
/// side of it.
public struct AthleteTimeZone: Sendable {
    /// nil: UTC.
    public let zone: TimeZone?
    /// Set when athlete.yaml names a zone that does not exist: `athlete.yaml:LINE: …`. CSV files
    /// whose times have no zone are then skipped with this message rather than read in a guessed zone.
    public let problem: String?

    public static let utc = AthleteTimeZone(zone: nil, problem: nil)

    init(zone: TimeZone?, problem: String?) {
        self.zone = zone
        self.problem = problem
    }

    /// The zone named by IANA identifier, or a problem naming athlete.yaml and `line`.
    public init(identifier: String, line: Int? = nil) {
        let place = "athlete.yaml:\(line.map(String.init) ?? "1")"
        if let zone = TimeZone(identifier: identifier) {
            self.init(zone: zone, problem: nil)
        } else {
            self.init(zone: nil, problem: "\(place): timezone '\(identifier)' is not a known IANA time zone name "
                + "(e.g. Europe/Berlin, America/New_York, UTC); CSV times without a zone cannot be placed")
        }
    }

    /// The `timezone` of an athlete.yaml (raw bytes; empty = no file). Only this key is read here:
    /// other problems in the file are gait-metrics' to report.
    public init(athleteYAML: [UInt8]) {
        guard !athleteYAML.isEmpty,
              case .mapping(let map)? = try? Yams.compose(yaml: String(decoding: athleteYAML, as: UTF8.self)),
              let entry = map.first(where: { $0.key.string == "timezone" }) else {
            self = .utc
            return
        }
        let line = entry.value.mark?.line
        guard let name = entry.value.string, !name.isEmpty else {
            self.init(zone: nil, problem: "athlete.yaml:\(line.map(String.init) ?? "1"): timezone must be an IANA time zone name such as Europe/Berlin")
            return
        }
        self.init(identifier: name, line: line)
    }

    /// UTC seconds of a wall-clock time (written as seconds since 1970 as if it were UTC), as
    /// java.time resolves local times: in the hour repeated in autumn, the earlier (summer-time)
    /// instant; in the hour skipped in spring, the offset from before the change (02:30 → 03:30).
    public func utc(fromLocal local: Int64) -> Int64 {
        guard let zone else { return local }
        func offset(_ utc: Int64) -> Int64 { Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))) }
        // Zone offsets change at most once within a day either side (DST, or a zone's rule change).
        let before = offset(local - 86_400), after = offset(local + 86_400)
        let valid = [local - before, local - after].filter { $0 + offset($0) == local }
        return valid.min() ?? local - before
    }
}
