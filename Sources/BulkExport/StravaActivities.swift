import CSV
import Foundation

/// Strava bulk export's `activities.csv`, read with yaslab/CSV.swift (descriptions are quoted
/// fields spanning lines). The header is in the account's language: English or German are read;
/// repeated headers (`Elapsed Time`, `Distance`, `Max Heart Rate`) take their first occurrence.
public struct StravaActivities: Sendable {
    /// One row: what the export says about one activity.
    public struct Row: Sendable, Equatable {
        /// Data row number, 1 = the first row after the header.
        public var number: Int
        public var id: String
        /// Start, Unix seconds (Strava writes the date in UTC).
        public var startTime: Int64
        public var name: String
        /// As written (`Run`, `Weight Training`, `Lauf`, …).
        public var type: String
        /// Seconds; NaN when empty.
        public var elapsedTime: Double
        /// The first `Distance`: kilometres for every sport but swims (metres); NaN when empty.
        public var distance: Double
        public var maxHeartRate: Double
        public var averageHeartRate: Double
        /// Strava's "Perceived Exertion", 1–10; NaN when empty.
        public var perceivedExertion: Double
        /// The activity's gear (the shoe), empty when none.
        public var gear: String
        /// `activities/123.fit.gz`, relative to the export's root; empty for a manual entry.
        public var filename: String
        /// The row's fields as read, for writing the row back out (`csv(of:)`).
        public var fields: [String]
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public enum Language: String, Sendable { case english, german }

    /// The columns read, English and German header names.
    enum Column: CaseIterable {
        case id, date, name, type, elapsedTime, distance, maxHeartRate, averageHeartRate, perceivedExertion, gear, filename

        var english: String {
            switch self {
            case .id: "Activity ID"
            case .date: "Activity Date"
            case .name: "Activity Name"
            case .type: "Activity Type"
            case .elapsedTime: "Elapsed Time"
            case .distance: "Distance"
            case .maxHeartRate: "Max Heart Rate"
            case .averageHeartRate: "Average Heart Rate"
            case .perceivedExertion: "Perceived Exertion"
            case .gear: "Activity Gear"
            case .filename: "Filename"
            }
        }

        var german: String {
            switch self {
            case .id: "Aktivitäts-ID"
            case .date: "Aktivitätsdatum"
            case .name: "Name der Aktivität"
            case .type: "Aktivitätsart"
            case .elapsedTime: "Verstrichene Zeit"
            case .distance: "Distanz"
            case .maxHeartRate: "Max. Herzfrequenz"
            case .averageHeartRate: "Durchschnittliche Herzfrequenz"
            case .perceivedExertion: "Gefühlte Anstrengung"
            case .gear: "Aktivitätsausrüstung"
            case .filename: "Dateiname"
            }
        }

        static let required: [Column] = [.id, .date, .type]
    }

    public var language: Language
    public var header: [String]
    public var rows: [Row]
    /// Rows that could not be read, each naming the file, the row and why (the rest are kept).
    public var problems: [String]

    /// Reads `activities.csv`; `path` names it in messages. Throws only when the header is not
    /// Strava's (one line naming the header found) or the file is not CSV at all.
    public static func read(_ bytes: [UInt8], path: String) throws(Failure) -> StravaActivities {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            throw Failure(description: "\(path): not CSV (\(error))")
        }
        let header = reader.headerRow ?? []
        func firstIndex(_ names: [String]) -> [Column: Int] {
            var map: [Column: Int] = [:]
            for column in Column.allCases {
                let name = names[Column.allCases.firstIndex(of: column) ?? 0]
                if let i = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == name }) { map[column] = i }
            }
            return map
        }
        let english = firstIndex(Column.allCases.map(\.english))
        let german = firstIndex(Column.allCases.map(\.german))
        let language: Language
        let columns: [Column: Int]
        if Column.required.allSatisfy({ english[$0] != nil }) {
            (language, columns) = (.english, english)
        } else if Column.required.allSatisfy({ german[$0] != nil }) {
            (language, columns) = (.german, german)
        } else {
            let found = header.prefix(6).joined(separator: ",") + (header.count > 6 ? ",…" : "")
            throw Failure(description: "\(path):1: header '\(found)' is not a Strava activities.csv header; expected English "
                + "(Activity ID,Activity Date,Activity Name,Activity Type,…) or German (Aktivitäts-ID,Aktivitätsdatum,…)")
        }
        var rows: [Row] = []
        var problems: [String] = []
        var number = 0
        while let fields = reader.next() {
            number += 1
            func field(_ c: Column) -> String {
                guard let i = columns[c], i < fields.count else { return "" }
                return fields[i].trimmingCharacters(in: .whitespaces)
            }
            func value(_ c: Column) -> Double { Self.number(field(c)) }
            guard fields.count > (columns.values.max() ?? 0) else {
                problems.append("\(path): row \(number): \(fields.count) fields, the header has \(header.count); row skipped")
                continue
            }
            guard let start = Self.date(field(.date), language: language) else {
                problems.append("\(path): row \(number) (activity \(field(.id))): date '\(field(.date))' is not a Strava date "
                    + (language == .english ? "('Jan 2, 2026, 7:05:00 AM')" : "('02.01.2026, 07:05:00')") + "; row skipped")
                continue
            }
            rows.append(Row(number: number, id: field(.id), startTime: start, name: field(.name), type: field(.type),
                            elapsedTime: value(.elapsedTime), distance: value(.distance),
                            maxHeartRate: value(.maxHeartRate), averageHeartRate: value(.averageHeartRate),
                            perceivedExertion: value(.perceivedExertion), gear: field(.gear),
                            filename: field(.filename), fields: fields))
        }
        if let error = reader.error {
            problems.append("\(path): after row \(number): \(error); the rest of the file is not read")
        }
        return StravaActivities(language: language, header: header, rows: rows, problems: problems)
    }

    /// The header and `row` alone, as CSV: one activity's part of the export (the runner sends it
    /// with the activity's file, and the result cache keys on it).
    public func csv(of row: Row) -> [UInt8] {
        Array((Self.line(header) + "\n" + Self.line(row.fields) + "\n").utf8)
    }

    /// One CSV line (RFC 4180 quoting: a field with a comma, quote or line break is quoted), no newline.
    public static func line(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",")
    }

    /// A number as Strava writes it: `5.02`, German `5,02`, thousands never grouped; NaN when empty.
    static func number(_ text: String) -> Double {
        guard !text.isEmpty else { return .nan }
        let normalized = text.contains(".") ? text.replacingOccurrences(of: ",", with: "") : text.replacingOccurrences(of: ",", with: ".")
        return Double(normalized) ?? .nan
    }

    /// English `Jan 2, 2026, 7:05:00 AM` or German `02.01.2026, 07:05:00` (both UTC), or ISO `2026-01-02 07:05:00`.
    static func date(_ text: String, language: Language) -> Int64? {
        let formats = language == .english
            ? ["MMM d, yyyy, h:mm:ss a", "MMM d, yyyy h:mm:ss a", "yyyy-MM-dd HH:mm:ss"]
            : ["dd.MM.yyyy, HH:mm:ss", "d.M.yyyy, HH:mm:ss", "dd.MM.yyyy HH:mm:ss", "yyyy-MM-dd HH:mm:ss"]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in formats {
            formatter.dateFormat = format
            if let d = formatter.date(from: text) { return Int64(d.timeIntervalSince1970) }
        }
        return nil
    }

    /// Strava activity types (English and German) that are runs.
    public static let runTypes: Set<String> = ["run", "trail run", "virtual run", "lauf", "traillauf", "virtueller lauf"]

    /// The FIT-style sport (and sub-sport) of a Strava activity type, as sessions carry them.
    public static func sport(ofType type: String) -> (sport: String, subSport: String) {
        switch type.lowercased() {
        case "run", "lauf": ("running", "")
        case "trail run", "traillauf": ("running", "trail")
        case "virtual run", "virtueller lauf": ("running", "virtual_activity")
        case "ride", "radfahrt", "virtual ride", "virtuelle radfahrt", "e-bike ride", "e-bike-fahrt": ("cycling", "")
        case "swim", "schwimmen": ("swimming", "")
        case "walk", "spaziergang", "gehen": ("walking", "")
        case "hike", "wanderung", "wandern": ("hiking", "")
        case "weight training", "krafttraining": ("training", "strength_training")
        case "workout", "training": ("training", "")
        case "hiit", "high intensity interval training": ("hiit", "")
        case "yoga": ("training", "yoga")
        case "crossfit": ("training", "")
        default: (type.lowercased().replacingOccurrences(of: " ", with: "_"), "")
        }
    }
}

extension StravaActivities {
    /// The header of an English Strava bulk export's activities.csv (86 columns, 2024), with its
    /// repeated names (`Elapsed Time`, `Distance`, `Max Heart Rate`, `Relative Effort`, `Commute`).
    public static let englishHeader = """
        Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,\
        Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,\
        Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,\
        Elevation Low,Elevation High,Max Grade,Average Grade,Average Positive Grade,Average Negative Grade,\
        Max Cadence,Average Cadence,Max Heart Rate,Average Heart Rate,Max Watts,Average Watts,Calories,\
        Max Temperature,Average Temperature,Relative Effort,Total Work,Number of Runs,Uphill Time,Downhill Time,\
        Other Time,Perceived Exertion,Type,Start Time,Weighted Average Power,Power Count,Prefer Perceived Exertion,\
        Perceived Relative Effort,Commute,Total Weight Lifted,From Upload,Grade Adjusted Distance,\
        Weather Observation Time,Weather Condition,Weather Temperature,Apparent Temperature,Dewpoint,Humidity,\
        Weather Pressure,Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,Sunset Time,\
        Moon Phase,Bike,Gear,Precipitation Probability,Precipitation Type,Cloud Cover,Weather Visibility,UV Index,\
        Weather Ozone,Jump Count,Total Grit,Average Flow,Flagged,Average Elapsed Speed,Dirt Distance,\
        Newly Explored Distance,Newly Explored Dirt Distance,Activity Count,Media
        """.split(separator: ",").map(String.init)
}
