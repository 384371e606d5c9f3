import FITCodec
import Foundation
import Testing

/// Garmin's FitCSVTool output (`garmin-sdk/NAME.csv`) against our decoding of `garmin-sdk/NAME.fit`,
/// message by message: the sequence of data message names over the whole file, then, for the kinds
/// `inspect --json` writes (file_id, device_info, session, lap, record), every profile field
/// FitCSVTool lists against `inspect`'s value of it.
///
/// FitCSVTool writes enums as numbers, dates as FIT seconds and arrays as `a|b|c`; those are
/// compared through the profile (enum name of the number, `fit` of `{iso, fit}`, element by
/// element). Numbers agree within a relative 1e-6 (FitCSVTool prints scaled values through
/// float32). Documented exceptions: a message FitCSVTool's older profile calls `unknown` matches
/// any name; developer fields and the fields FitCSVTool calls `unknown` (names not in the message's
/// profile) are counted, not compared (`inspect` does not write developer fields, and keys unknown
/// fields by number);
/// a field FitCSVTool lists twice with one value (native and component-expanded) is one value.
@Suite(.enabled(if: Corpus.existsOrRequired, "needs ../shared/fit-corpus (present in CI)"))
struct FitCSVToolComparisonTests {
    /// Files that cannot match, with the reason; an entry that passes fails the test (the list only shrinks).
    static let allowList: [String: String] = [:]

    static let kinds = Dictionary(uniqueKeysWithValues: FITInspector.jsonMessages.map { ($0.key, $0.number) })

    /// One `Data` row: the message name and its (field, value) cells in order.
    struct Row {
        var line: Int
        var message: String
        var fields: [(name: String, value: String)]
    }

    static func rows(_ path: String) throws -> [Row] {
        let text = try String(contentsOfFile: Corpus.directory + "/" + path, encoding: .utf8)
        var rows: [Row] = []
        // "\r\n" is one Character, so split on both forms of line end.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .enumerated() {
            let cells = cells(String(line))
            guard cells.count >= 3, cells[0] == "Data" else { continue }
            var fields: [(String, String)] = []
            var i = 3
            while i + 1 < cells.count {
                if !cells[i].isEmpty { fields.append((cells[i], cells[i + 1])) }
                i += 3
            }
            rows.append(Row(line: index + 1, message: cells[2], fields: fields))
        }
        return rows
    }

    /// FitCSVTool's cells: comma-separated, values in double quotes (no line breaks inside).
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        var scalars = line.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            switch c {
            case "\"": quoted.toggle()
            case "," where !quoted: cells.append(cell); cell = ""
            case "\r", "\u{FEFF}": break
            default: cell.unicodeScalars.append(c)
            }
        }
        cells.append(cell)
        return cells
    }

    /// The profile fields (and sub-fields) of a message by name.
    static func profileFields(_ globalNumber: UInt16) -> [String: FITProfile.Field] {
        let index = FITProfile.messageIndex(globalNumber)
        var fields: [String: FITProfile.Field] = [:]
        for number in 0...255 {
            guard let field = FITProfile.field(message: index, number: UInt8(number)) else { continue }
            fields[field.name] = field
            for sub in field.subfields { fields[sub.field.name] = sub.field }
        }
        return fields
    }

    /// Why FitCSVTool's `value` of `profile` differs from ours, nil when they agree.
    static func difference(_ ours: FITJSON?, _ value: String, _ profile: FITProfile.Field) -> String? {
        guard let ours else { return "missing (FitCSVTool: \(value))" }
        let parts = value.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        // FitCSVTool lists a field twice (`6.984|6.984`) when the message carries it and a component
        // of another field expands into it too; the SDK and we keep one value.
        var oursIsArray = false
        if case .array = ours { oursIsArray = true }
        if parts.count > 1, Set(parts).count == 1, !oursIsArray {
            return difference(ours, parts[0], profile)
        }
        if parts.count > 1 {
            guard case .array(let items) = ours, items.count == parts.count else { return "\(ours.text) ≠ \(value)" }
            for (item, part) in zip(items, parts) {
                if let d = difference(item, part, profile) { return "element: \(d)" }
            }
            return nil
        }
        switch ours {
        case .string(let name):
            if name == value { return nil }
            // An enum: FitCSVTool writes the number.
            if let number = UInt32(value), FITProfile.enumName(type: profile.typeIndex, value: number) == name { return nil }
            return "\(name) ≠ \(value)"
        case .object:
            guard let fit = ours["fit"]?.number, let theirs = Double(value) else { return "\(ours.text) ≠ \(value)" }
            return fit == theirs ? nil : "\(Int64(fit)) ≠ \(value)"
        case .integer, .double:
            guard let a = ours.number, let b = Double(value) else { return "\(ours.text) ≠ \(value)" }
            return a == b || abs(a - b) <= 1e-6 * max(abs(a), abs(b)) ? nil : "\(a) ≠ \(value)"
        case .array(let items) where items.count == 1:
            return difference(items[0], value, profile)
        default:
            return "\(ours.text) ≠ \(value)"
        }
    }

    struct Result {
        var theirMessages = 0
        var ourMessages = 0
        var unknownNames = 0
        var fieldsCompared = 0
        var notInProfile = 0
        var problems: [String] = []
    }

    static func compare(_ csvPath: String) throws -> Result {
        let fitPath = String(csvPath.dropLast(4)) + ".fit"
        let bytes = try Corpus.bytes(fitPath)
        let file = FITDecoder().decode(bytes)
        let rows = try rows(csvPath)
        var result = Result(theirMessages: rows.count, ourMessages: file.messages.count)

        // 1. The sequence of message names.
        if file.error == nil ? rows.count != file.messages.count : rows.count > file.messages.count {
            result.problems.append("\(rows.count) data messages in the CSV, \(file.messages.count) decoded")
        }
        for (row, message) in zip(rows, file.messages) {
            let ours = FITProfile.messageName(FITProfile.messageIndex(message.globalNumber))
            if row.message == "unknown" { result.unknownNames += 1; continue }
            if row.message != ours {
                result.problems.append("\(csvPath):\(row.line): message \(row.message), decoded \(ours ?? "#\(message.globalNumber)")")
                break
            }
        }

        // 2. Field values of the kinds `inspect --json` writes, kind by kind in file order.
        let (json, _) = bytes.withUnsafeBytes { FITInspector.json($0) }
        var seen: [String: Int] = [:]
        for row in rows {
            guard let number = kinds[row.message] else { continue }
            let index = seen[row.message, default: 0]
            seen[row.message] = index + 1
            guard case .array(let messages)? = json[row.message], index < messages.count else {
                result.problems.append("\(csvPath):\(row.line): \(row.message) #\(index + 1) not in inspect's output")
                continue
            }
            let profile = profileFields(number)
            for (name, value) in row.fields {
                guard let field = profile[name] else { result.notInProfile += 1; continue }
                result.fieldsCompared += 1
                if let d = difference(messages[index][name], value, field) {
                    result.problems.append("\(csvPath):\(row.line): \(row.message).\(name): \(d)")
                }
            }
            if result.problems.count > 8 { break }
        }
        return result
    }

    @Test func everyFitCSVToolFileMatchesInspectMessageByMessage() throws {
        let csvFiles = try FileManager.default.contentsOfDirectory(atPath: Corpus.directory + "/garmin-sdk")
            .filter { $0.hasSuffix(".csv") }.sorted().map { "garmin-sdk/" + $0 }
        #expect(csvFiles.count >= 19, "expected the 19 FitCSVTool files of garmin-sdk/")
        var table = ["file                                   CSV msgs  decoded  unknown  fields  not in profile  result"]
        var failures: [String] = []
        for path in csvFiles {
            let name = String(path.dropFirst("garmin-sdk/".count))
            let result = try Self.compare(path)
            let passed = result.problems.isEmpty
            let allowed = Self.allowList[name]
            let verdict = passed ? (allowed == nil ? "pass" : "PASS but allow-listed: remove it")
                : (allowed.map { "allow-listed: \($0)" } ?? "FAIL")
            table.append(name.padding(toLength: 39, withPad: " ", startingAt: 0)
                + String(result.theirMessages).leftPadded(8) + String(result.ourMessages).leftPadded(9)
                + String(result.unknownNames).leftPadded(9) + String(result.fieldsCompared).leftPadded(8)
                + String(result.notInProfile).leftPadded(16) + "  " + verdict)
            if passed == (allowed != nil) {
                failures.append(passed ? "\(name): passes; remove it from the allow-list"
                    : "\(name):\n  " + result.problems.prefix(8).joined(separator: "\n  "))
            }
        }
        print(table.joined(separator: "\n"))
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The comparison itself can fail: a changed value, a missing field and a wrong message name.
    @Test func comparisonCatchesDifferences() throws {
        let speed = try #require(Self.profileFields(20)["enhanced_speed"])
        #expect(Self.difference(.double(3.1), "3.1", speed) == nil)
        #expect(Self.difference(.double(3.1), "3.2", speed) != nil)
        #expect(Self.difference(nil, "3.1", speed) != nil)
        let type = try #require(Self.profileFields(0)["type"])
        #expect(Self.difference(.string("activity"), "4", type) == nil)
        #expect(Self.difference(.string("activity"), "5", type) != nil)
        let timestamp = try #require(Self.profileFields(20)["timestamp"])
        #expect(Self.difference(FITProfileInterpreter.date(995_749_880), "995749880", timestamp) == nil)
        #expect(Self.difference(FITProfileInterpreter.date(995_749_880), "995749881", timestamp) != nil)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
