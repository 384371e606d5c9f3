import Foundation
import GaitModel

/// Reads `symptoms.csv` (README "symptoms.csv"):
/// `date,side,location,pain_during,pain_after,pain_next_morning,aggravators`, one line per entry.
/// Bad lines are `symptoms.csv:LINE` errors naming the value and what is allowed.
public enum SymptomDiaryParser {
    public static let fileName = "symptoms.csv"
    public static let columns = ["date", "side", "location", "pain_during", "pain_after", "pain_next_morning", "aggravators"]

    public static func parse(_ bytes: [UInt8]) throws(AthleteFileError) -> [SymptomEntry] {
        try parse(String(decoding: bytes, as: UTF8.self))
    }

    public static func parse(_ text: String) throws(AthleteFileError) -> [SymptomEntry] {
        var problems: [AthleteFileError.Problem] = []
        var entries: [SymptomEntry] = []
        // A UTF-8 BOM (spreadsheet exports) is not part of the first column's name.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var sawHeader = false
        for (index, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let fields = CSVLine.fields(String(line))
            func fail(_ message: String) { problems.append(.init(file: fileName, line: lineNumber, message)) }
            if !sawHeader {
                sawHeader = true
                let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if names != columns {
                    fail("header is '\(names.joined(separator: ","))'; expected '\(columns.joined(separator: ","))'")
                    break
                }
                continue
            }
            guard fields.count == columns.count else {
                fail("\(fields.count) fields; expected \(columns.count) (\(columns.joined(separator: ",")))")
                continue
            }
            let f = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let day = CalendarDay.parseDate(f[0])
            if day == nil { fail("date '\(f[0])' is not YYYY-MM-DD") }
            let side = SymptomEntry.Side(rawValue: f[1].lowercased())
            if side == nil { fail("side '\(f[1])' is not left, right or both") }
            let location = SymptomEntry.Location(rawValue: f[2].lowercased())
            if location == nil { fail("location '\(f[2])' is not peripatellar, lateral, inferior_pole or other") }
            var pains: [Int?] = []
            for (name, value) in zip(columns[3...5], f[3...5]) {
                if value.isEmpty { pains.append(nil) } else if let v = Int(value), (0...10).contains(v) { pains.append(v) } else {
                    fail("\(name) '\(value)' is not a whole number from 0 to 10 (or empty)")
                    pains.append(nil)
                }
            }
            var aggravators: [SymptomEntry.Aggravator] = []
            for item in f[6].split(separator: ";") {
                let name = item.trimmingCharacters(in: .whitespaces).lowercased()
                guard !name.isEmpty else { continue }
                if let a = SymptomEntry.Aggravator(rawValue: name) { aggravators.append(a) } else {
                    fail("aggravator '\(name)' is not one of \(SymptomEntry.Aggravator.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            if let day, let side, let location {
                entries.append(SymptomEntry(day: day, side: side, location: location, painDuring: pains[0],
                                            painAfter: pains[1], painNextMorning: pains[2], aggravators: aggravators))
            }
        }
        if !sawHeader, !text.isEmpty {
            problems.append(.init(file: fileName, line: 1, "no header; expected '\(columns.joined(separator: ","))'"))
        }
        if !problems.isEmpty { throw AthleteFileError(problems) }
        return entries.sorted { $0.day < $1.day }
    }
}
