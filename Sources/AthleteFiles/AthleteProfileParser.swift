import Foundation
public import GaitModel
import Yams

/// Reads `athlete.yaml` (README "athlete.yaml"): every key optional; unknown keys (with the nearest
/// known key) and bad values are `file:line` problems that cost only their key; missing or bad
/// HRmax/HRrest fall back to DOMAIN.md's defaults (200/60) and are listed in
/// `AthleteProfile.defaulted` so the report can say so.
public enum AthleteProfileParser {
    public static let fileName = "athlete.yaml"
    public static let keys = ["id", "sex", "birth_year", "height_cm", "hr_max", "hr_rest", "threshold_pace",
                              "threshold_hr", "timezone", "rest_days", "session_rpe"]

    /// The profile of empty bytes (no file) is all defaults. Throws when anything in the file is
    /// wrong; `read` keeps the good keys instead.
    public static func parse(_ bytes: [UInt8]) throws(AthleteFileError) -> AthleteProfile {
        try parse(String(decoding: bytes, as: UTF8.self))
    }

    public static func parse(_ text: String) throws(AthleteFileError) -> AthleteProfile {
        let reading = read(text)
        if !reading.problems.isEmpty { throw AthleteFileError(reading.problems) }
        return reading.value
    }

    public static func read(_ bytes: [UInt8]) -> AthleteFileReading<AthleteProfile> {
        read(String(decoding: bytes, as: UTF8.self))
    }

    /// Every key that reads well counts; each bad key or value is one `athlete.yaml:LINE` problem and
    /// falls back to its default. Only a file that is not a YAML mapping is unreadable.
    public static func read(_ text: String) -> AthleteFileReading<AthleteProfile> {
        var problems: [AthleteFileError.Problem] = []
        func fail(_ node: Node?, _ message: String) {
            problems.append(.init(file: fileName, line: node?.mark?.line, message))
        }
        func unreadable(line: Int?, _ message: String) -> AthleteFileReading<AthleteProfile> {
            AthleteFileReading(value: AthleteProfile(defaulted: ["hr_max", "hr_rest"]),
                               problems: [.init(file: fileName, line: line, message)], unreadable: true,
                               consequence: "defaults used for every key")
        }
        var profile = AthleteProfile()
        /// Keys given with a usable value (a bad hr_max is defaulted, and the report says so).
        var given: Set<String> = []
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            // Yams' description spans several lines (a caret under the snippet); the first says what.
            let what = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            return unreadable(line: nil, "not valid YAML (\(what)); write one 'key: value' per line, e.g. 'sex: female'")
        }
        if let root {
            guard case .mapping(let map) = root else {
                return unreadable(line: root.mark?.line ?? 1, "expected a mapping of keys such as 'sex: female'")
            }
            for (keyNode, value) in map {
                let key = keyNode.string ?? ""
                let before = problems.count
                defer { if problems.count == before { given.insert(key) } }
                switch key {
                case "id":
                    if let s = value.string, !s.isEmpty, value.scalar != nil { profile.id = s } else { fail(value, "id must be a non-empty text") }
                case "sex":
                    if let s = value.string.flatMap(AthleteProfile.Sex.init(rawValue:)) { profile.sex = s } else {
                        fail(value, "sex '\(value.string ?? "?")' is not female, male or unknown")
                    }
                case "birth_year":
                    profile.birthYear = number(value, 1900...2100, "birth_year", "a year from 1900 to 2100", fail).map { Int($0) }
                case "height_cm":
                    profile.heightCm = number(value, 100...250, "height_cm", "centimetres from 100 to 250", fail)
                case "hr_max":
                    profile.hrMax = number(value, 100...240, "hr_max", "bpm from 100 to 240", fail) ?? AthleteProfile.defaultHRMax
                case "hr_rest":
                    profile.hrRest = number(value, 25...120, "hr_rest", "bpm from 25 to 120", fail) ?? AthleteProfile.defaultHRRest
                case "threshold_pace":
                    if let pace = value.string.flatMap(paceSeconds), (120...900).contains(pace) {
                        profile.thresholdPaceSPerKm = pace
                    } else {
                        fail(value, "threshold_pace '\(value.string ?? "?")' is not mm:ss per km from 2:00 to 15:00")
                    }
                case "threshold_hr":
                    profile.thresholdHR = number(value, 80...230, "threshold_hr", "bpm from 80 to 230", fail)
                case "timezone":
                    let name = value.string ?? ""
                    if TimeZone(identifier: name) != nil { profile.timezone = name } else {
                        fail(value, timeZoneProblem(name))
                    }
                case "rest_days":
                    guard case .sequence(let list) = value else {
                        fail(value, "rest_days must be a list of dates (YYYY-MM-DD)")
                        continue
                    }
                    for item in list {
                        if let day = item.string.flatMap(CalendarDay.parseDate) { profile.restDays.append(day) } else {
                            fail(item, "rest day '\(item.string ?? "?")' is not a date YYYY-MM-DD")
                        }
                    }
                case "session_rpe":
                    guard case .mapping(let rpe) = value else {
                        fail(value, "session_rpe must map run ids to an RPE from 0 to 10")
                        continue
                    }
                    for (run, level) in rpe {
                        if let r = number(level, 0...10, "session_rpe of '\(run.string ?? "?")'", "a number from 0 to 10", fail) {
                            profile.sessionRPE[run.string ?? ""] = r
                        }
                    }
                default:
                    if let near = NameSuggestion.closest(to: key, in: keys).first {
                        fail(keyNode, "unknown key '\(key)'; did you mean '\(near)'?")
                    } else {
                        fail(keyNode, "unknown key '\(key)'; expected one of \(keys.joined(separator: ", "))")
                    }
                }
            }
        }
        if profile.hrRest >= profile.hrMax {
            problems.append(.init(file: fileName, line: nil, "hr_rest \(Int(profile.hrRest)) must be below hr_max \(Int(profile.hrMax)); "
                + "both defaulted (\(Int(AthleteProfile.defaultHRMax))/\(Int(AthleteProfile.defaultHRRest)))"))
            profile.hrMax = AthleteProfile.defaultHRMax
            profile.hrRest = AthleteProfile.defaultHRRest
            given.subtract(["hr_max", "hr_rest"])
        }
        profile.restDays.sort()
        profile.defaulted = ["hr_max", "hr_rest"].filter { !given.contains($0) }
        return AthleteFileReading(value: profile, problems: problems, unreadable: false, consequence: "")
    }

    /// `timezone 'Europe/Berln' is not an IANA time zone name; did you mean 'Europe/Berlin'…?`, the
    /// nearest of Foundation's known zone names.
    static func timeZoneProblem(_ name: String) -> String {
        let near = NameSuggestion.closest(to: name, in: TimeZone.knownTimeZoneIdentifiers + ["UTC"], limit: 3)
        let hint = near.isEmpty ? "use a name such as 'Europe/Berlin' or 'UTC'" : "did you mean \(NameSuggestion.list(near))?"
        return "timezone '\(name)' is not an IANA time zone name; \(hint) (until it is fixed, activity-import skips CSV files whose times have no zone)"
    }

    /// `mm:ss` (or `m:ss`) → seconds.
    static func paceSeconds(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let m = Int(parts[0]), let s = Int(parts[1]), m >= 0, (0..<60).contains(s)
        else { return nil }
        return Double(m * 60 + s)
    }

    private static func number(_ node: Node, _ range: ClosedRange<Double>, _ key: String, _ expected: String,
                               _ fail: (Node?, String) -> Void) -> Double? {
        if let v = node.float, v.isFinite, range.contains(v) { return v }
        fail(node, "\(key) '\(node.string ?? "?")' is not \(expected)")
        return nil
    }
}
