import GaitModel

extension ActivityImporter {
    /// CSV import. Garmin FitCSVTool files (`Type,Local Number,Message,…`) import their record and
    /// session rows; anything else is a generic per-sample CSV (`GenericCSVColumns`), which also
    /// covers fitparse's `*-records.csv` dumps. A bad value, a missing required column or time going
    /// backwards skips the file with `file:line:column`.
    static func importCSV(data: [UInt8], path: String, athlete: String, options: ImportOptions) -> ImportOutcome {
        let table = CSVTable(text: String(decoding: data, as: UTF8.self))
        guard let header = table.rows.first else { return .skipped("\(path): empty CSV file") }
        if header.count > 3, header[0].lowercased() == "type", header[1].lowercased() == "local number" {
            return FitCSVToolImport.importRows(table, path: path, athlete: athlete)
        }
        let columns: GenericCSVColumns
        switch GenericCSVColumns.parse(header: header, aliases: options.columnAliases, path: path) {
        case .success(let c): columns = c
        case .failure(let error): return .skipped(error.description)
        }
        var samples = SampleColumns()
        var sport: String?
        var previous: Int64?
        for (index, row) in table.rows.enumerated().dropFirst() where !row.allSatisfy(\.isEmpty) {
            let line = table.lineNumbers[index]
            switch columns.sample(row, line: line, path: path, zone: options.timeZone) {
            case .failure(let error): return .skipped(error.description)
            case .success(let sample):
                if let previous, sample.time < previous {
                    let column = (columns.timeColumn ?? 0) + 1
                    return .skipped("\(path):\(line):\(column): time goes backwards (\(sample.time) after \(previous))")
                }
                previous = sample.time
                samples.timestamp.append(sample.time)
                for (keyPath, value) in zip(SampleColumns.doubleColumns, sample.values) { samples[keyPath: keyPath].append(value) }
                if sport == nil, let s = sample.sport { sport = s }
            }
        }
        guard let start = samples.timestamp.first else { return .skipped("\(path): no data rows") }
        var warnings = columns.ignored.isEmpty ? [] : ["\(path):1: ignored columns \(columns.ignored.joined(separator: ", "))"]
        // Distance from speed when only speed was given (required: one of them).
        if samples.distance.allSatisfy(\.isNaN) {
            var total = 0.0
            samples.distance = samples.speed.indices.map { i in
                if i > 0, !samples.speed[i].isNaN { total += samples.speed[i] * Double(samples.timestamp[i] - samples.timestamp[i - 1]) }
                return total
            }
        }
        let sportName = sport ?? "running"
        if sportName == "running", RunningCadence.isStrides(cadence: samples.cadence, speed: samples.speed) {
            samples.cadence = samples.cadence.map { $0 * 2 }
            warnings.append("\(path): cadence looks like strides/min (median < 120 above 2 m/s); doubled to steps/min")
        }
        let activity = Activity(runID: path, athlete: athlete, sport: sportName, startTime: start, samples: samples,
                                warnings: warnings)
        return ImportOutcome(activities: [activity], warnings: warnings)
    }
}

/// RFC 4180-ish CSV: quoted cells with doubled quotes, CRLF or LF, a BOM stripped; keeps each row's
/// first line number for error messages.
struct CSVTable {
    var rows: [[String]] = []
    var lineNumbers: [Int] = []

    init(text: String) {
        var row: [String] = [], cell = "", quoted = false, line = 1, rowLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        if pending == "\u{FEFF}" { pending = iterator.next() }
        func endRow() {
            row.append(cell.trimmingSpaces)
            rows.append(row)
            lineNumbers.append(rowLine)
            row = []
            cell = ""
        }
        while let c = pending {
            pending = iterator.next()
            if quoted {
                if c == "\"" {
                    if pending == "\"" { cell.unicodeScalars.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    cell.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(cell.trimmingSpaces); cell = ""
            case "\r": break
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default: cell.unicodeScalars.append(c)
            }
        }
        if !cell.isEmpty || !row.isEmpty { endRow() }
        while rows.last?.allSatisfy(\.isEmpty) == true { rows.removeLast(); lineNumbers.removeLast() }
    }
}

extension String {
    var trimmingSpaces: String {
        String(unicodeScalars.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            .map(Character.init))
    }
}
