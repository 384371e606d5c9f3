import GaitModel

extension ActivityImporter {
    /// The generic CSV columns, in the order listed in skip reasons. `sport` is optional.
    static let csvColumns = ["timestamp", "distance_m", "speed_mps", "altitude_m", "heart_rate_bpm", "cadence_spm", "sport"]

    /// CSV import: a header naming some of `csvColumns` (any order, any case, `timestamp` required),
    /// then one row per sample. Empty cells are missing values; a malformed row is skipped with a warning.
    static func importCSV(data: [UInt8], path: String, athlete: String) -> ImportOutcome {
        var lines = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        guard let headerLine = lines.first else { return .skipped("\(path): empty CSV file") }
        let header = headerLine.split(separator: ",", omittingEmptySubsequences: false).map {
            trimmed($0).lowercased()
        }
        let expected = "expected columns \(csvColumns.joined(separator: ", ")) (timestamp required)"
        if let unknown = header.first(where: { !csvColumns.contains($0) }) {
            return .skipped("\(path):1: unknown CSV column '\(unknown)'; \(expected)")
        }
        guard let timeColumn = header.firstIndex(of: "timestamp") else {
            return .skipped("\(path):1: no 'timestamp' column; \(expected)")
        }
        let sportColumn = header.firstIndex(of: "sport")
        let valueColumns: [WritableKeyPath<SampleColumns, [Double]>?] = header.map {
            switch $0 {
            case "distance_m": \SampleColumns.distance
            case "speed_mps": \SampleColumns.speed
            case "altitude_m": \SampleColumns.altitude
            case "heart_rate_bpm": \SampleColumns.heartRate
            case "cadence_spm": \SampleColumns.cadence
            default: nil
            }
        }

        var samples = SampleColumns()
        var warnings: [String] = []
        var sport: String?
        var firstBadLine: Int?
        for (index, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
            let lineNumber = index + 1
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
                trimmed($0)
            }
            func reject(_ why: String) {
                warnings.append("\(path):\(lineNumber): \(why); row skipped")
                firstBadLine = firstBadLine ?? lineNumber
            }
            guard cells.count == header.count else { reject("\(cells.count) cells, header has \(header.count)"); continue }
            guard let time = parseTimestamp(cells[timeColumn]) else {
                reject("timestamp '\(cells[timeColumn])' is neither ISO-8601 UTC nor Unix seconds"); continue
            }
            var row = [Double](repeating: .nan, count: header.count)
            var bad: Int?
            for (column, keyPath) in valueColumns.enumerated() where keyPath != nil && !cells[column].isEmpty {
                guard let value = Double(cells[column]) else { bad = column; break }
                row[column] = value
            }
            if let bad { reject("'\(cells[bad])' in column \(header[bad]) is not a number"); continue }
            samples.timestamp.append(time)
            for (column, keyPath) in valueColumns.enumerated() {
                if let keyPath { samples[keyPath: keyPath].append(row[column]) }
            }
            if let sportColumn, !cells[sportColumn].isEmpty { sport = sport ?? cells[sportColumn].lowercased() }
        }
        // Columns absent from the header are all missing.
        for keyPath in [\SampleColumns.distance, \.speed, \.altitude, \.heartRate, \.cadence]
        where samples[keyPath: keyPath].count != samples.count {
            samples[keyPath: keyPath] = [Double](repeating: .nan, count: samples.count)
        }
        guard let start = samples.timestamp.first else {
            let reason = firstBadLine.map { "no valid rows (first bad row at line \($0): \(warnings[0]))" } ?? "no data rows"
            return .skipped("\(path): \(reason)", warnings: warnings)
        }
        let sportName = sport ?? "running"
        if sportName == "running", RunningCadence.isStrides(cadence: samples.cadence, speed: samples.speed) {
            samples.cadence = samples.cadence.map { $0 * 2 }
            warnings.append("\(path): cadence_spm looks like strides/min (median < 120 above 2 m/s); doubled to steps/min")
        }
        let activity = Activity(runID: path, athlete: athlete, sport: sportName, startTime: start, samples: samples,
                                warnings: warnings)
        return ImportOutcome(activities: [activity], warnings: warnings)
    }

    /// A cell without surrounding blanks, quotes or byte-order mark.
    private static func trimmed(_ cell: Substring) -> String {
        let junk: Set<Character> = [" ", "\t", "\"", "\u{FEFF}"]
        return String(cell.drop { junk.contains($0) }.reversed().drop { junk.contains($0) }.reversed())
    }

    /// `YYYY-MM-DDThh:mm:ss[.fff]Z` (UTC) or Unix seconds; nil otherwise.
    static func parseTimestamp(_ text: String) -> Int64? {
        if let seconds = Double(text), seconds.isFinite, abs(seconds) < 1e12 { return Int64(seconds.rounded(.down)) }
        guard text.hasSuffix("Z"), text.count >= 20 else { return nil }
        let chars = Array(text.utf8)
        guard chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "),
              chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
              let day = CalendarDay.parseDate(String(decoding: chars[0..<10], as: UTF8.self)),
              let h = Int(String(decoding: chars[11..<13], as: UTF8.self)),
              let m = Int(String(decoding: chars[14..<16], as: UTF8.self)),
              let s = Int(String(decoding: chars[17..<19], as: UTF8.self)),
              (0..<24).contains(h), (0..<60).contains(m), (0...60).contains(s) else { return nil }
        let rest = chars[19..<(chars.count - 1)]
        guard rest.isEmpty || (rest.first == UInt8(ascii: ".") && rest.dropFirst().allSatisfy { (48...57).contains($0) })
        else { return nil }
        return day * 86_400 + Int64(h * 3600 + m * 60 + s)
    }
}
