import Foundation
public import GaitModel

/// Reads `symptoms.csv` (README "symptoms.csv"):
/// `date,side,location,pain_during,pain_after,pain_next_morning,aggravators`, one line per entry.
/// Bad lines are `symptoms.csv:LINE` problems naming the value and what is allowed; they cost only themselves.
public enum SymptomDiaryParser {
    public static let fileName = "symptoms.csv"
    public static let columns = ["date", "side", "location", "pain_during", "pain_after", "pain_next_morning", "aggravators"]

    /// Throws when any line is wrong; `read` keeps the good lines instead.
    public static func parse(_ bytes: [UInt8]) throws(AthleteFileError) -> [SymptomEntry] {
        try parse(String(decoding: bytes, as: UTF8.self))
    }

    public static func parse(_ text: String) throws(AthleteFileError) -> [SymptomEntry] {
        let reading = read(text)
        if !reading.problems.isEmpty { throw AthleteFileError(reading.problems) }
        return reading.value
    }

    public static func read(_ bytes: [UInt8]) -> AthleteFileReading<[SymptomEntry]> {
        read(String(decoding: bytes, as: UTF8.self))
    }

    /// Every good line counts; a bad line is skipped and named (`symptoms.csv:3: side 'bth':
    /// expected left, right or both`). Only a wrong or missing header makes the diary unreadable.
    public static func read(_ text: String) -> AthleteFileReading<[SymptomEntry]> {
        var problems: [AthleteFileError.Problem] = []
        var entries: [SymptomEntry] = []
        func unreadable(_ message: String) -> AthleteFileReading<[SymptomEntry]> {
            AthleteFileReading(value: [], problems: [.init(file: fileName, line: 1, message)], unreadable: true,
                               consequence: "the diary is not used")
        }
        // A UTF-8 BOM (spreadsheet exports) is not part of the first column's name.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var sawHeader = false
        for (index, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let fields = CSVLine.fields(String(line))
            if !sawHeader {
                sawHeader = true
                let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if names != columns {
                    return unreadable("header is '\(names.joined(separator: ","))'; expected '\(columns.joined(separator: ","))'")
                }
                continue
            }
            switch entry(fields) {
            case .success(let e): entries.append(e)
            case .failure(let p): problems += p.messages.map { .init(file: fileName, line: lineNumber, $0) }
            }
        }
        if !sawHeader, !text.allSatisfy(\.isWhitespace) {
            return unreadable("no header; expected '\(columns.joined(separator: ","))'")
        }
        return AthleteFileReading(value: entries.sorted { $0.day < $1.day }, problems: problems, unreadable: false,
                                  consequence: "")
    }

    /// Why a line was skipped: every bad field of it, so one fix pass suffices.
    struct LineProblems: Error {
        var messages: [String]
    }

    /// One diary line, or every problem in it (a line with any bad field is skipped whole: a half-read
    /// entry would score a pain the athlete did not write down).
    static func entry(_ fields: [String]) -> Result<SymptomEntry, LineProblems> {
        guard fields.count == columns.count else {
            return .failure(LineProblems(messages: ["\(fields.count) fields; expected \(columns.count) (\(columns.joined(separator: ",")))"]))
        }
        var messages: [String] = []
        let f = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let day = CalendarDay.parseDate(f[0])
        if day == nil { messages.append("date '\(f[0])': expected YYYY-MM-DD") }
        let side = SymptomEntry.Side(rawValue: f[1].lowercased())
        if side == nil { messages.append("side '\(f[1])': expected left, right or both") }
        let location = SymptomEntry.Location(rawValue: f[2].lowercased())
        if location == nil { messages.append("location '\(f[2])': expected peripatellar, lateral, inferior_pole or other") }
        var pains: [Int?] = []
        for (name, value) in zip(columns[3...5], f[3...5]) {
            if value.isEmpty { pains.append(nil) } else if let v = Int(value), (0...10).contains(v) { pains.append(v) } else {
                messages.append("\(name) '\(value)': expected a whole number from 0 to 10, or empty")
                pains.append(nil)
            }
        }
        var aggravators: [SymptomEntry.Aggravator] = []
        for item in f[6].split(separator: ";") {
            let name = item.trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty else { continue }
            if let a = SymptomEntry.Aggravator(rawValue: name) { aggravators.append(a) } else {
                messages.append("aggravator '\(name)': expected one of \(SymptomEntry.Aggravator.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        guard messages.isEmpty, let day, let side, let location else { return .failure(LineProblems(messages: messages)) }
        return .success(SymptomEntry(day: day, side: side, location: location, painDuring: pains[0],
                                     painAfter: pains[1], painNextMorning: pains[2], aggravators: aggravators))
    }
}
