import GaitModel

/// Garmin FitCSVTool CSV (`Type,Local Number,Message,Field 1,Value 1,Units 1,…`): `Data` rows of
/// `record` messages become samples (values are already scaled; times are FIT seconds), the first
/// `session` row gives the sport.
enum FitCSVToolImport {
    static func importRows(_ table: CSVTable, path: String, athlete: String) -> ImportOutcome {
        var samples = SampleColumns()
        var sport: Int?
        let columns: [String: Int] = [
            "distance": 0, "speed": 1, "enhanced_speed": 1, "altitude": 2, "enhanced_altitude": 2, "heart_rate": 3,
            "cadence": 4, "power": 5, "stance_time": 6, "stance_time_balance": 7, "step_length": 8,
            "vertical_oscillation": 9, "vertical_ratio": 10,
        ]
        var fractional: [Double] = []
        for (index, row) in table.rows.enumerated().dropFirst() where row.count > 2 && row[0] == "Data" {
            let line = table.lineNumbers[index]
            var fields: [String: (String, Int)] = [:]
            var i = 3
            while i + 1 < row.count {
                if !row[i].isEmpty, fields[row[i]] == nil { fields[row[i]] = (row[i + 1], i + 2) }
                i += 3
            }
            if row[2] == "session" || row[2] == "sport", sport == nil, let s = fields["sport"].flatMap({ Int($0.0) }) { sport = s }
            guard row[2] == "record" else { continue }
            guard let (text, column) = fields["timestamp"] else { continue }
            guard let t = Int64(text) else {
                return .skipped("\(path):\(line):\(column): '\(text)' in field timestamp is not FIT seconds")
            }
            if let last = samples.timestamp.last, t + CSVTime.fitEpoch < last {
                return .skipped("\(path):\(line):\(column): time goes backwards")
            }
            samples.timestamp.append(t + CSVTime.fitEpoch)
            var values = [Double](repeating: .nan, count: SampleColumns.doubleColumns.count)
            for (name, (text, column)) in fields {
                guard let target = columns[name] ?? (name == "position_lat" ? 11 : name == "position_long" ? 12 : nil) else { continue }
                guard let v = Double(text) else {
                    return .skipped("\(path):\(line):\(column): '\(text)' in field \(name) is not a number")
                }
                values[target] = target >= 11 ? v * (180.0 / 2_147_483_648.0) : v
            }
            fractional.append(fields["fractional_cadence"].flatMap { Double($0.0) } ?? 0)
            for (keyPath, value) in zip(SampleColumns.doubleColumns, values) { samples[keyPath: keyPath].append(value) }
        }
        guard let start = samples.timestamp.first else { return .skipped("\(path): FitCSVTool file without record rows") }
        samples.cadence = zip(samples.cadence, fractional).map { $0 + $1 }
        let sportName = ActivityImporter.sportName(sport ?? 1)
        if sportName == "running", RunningCadence.isStrides(cadence: samples.cadence, speed: samples.speed) {
            samples.cadence = samples.cadence.map { $0 * 2 }
        }
        let activity = Activity(runID: path, athlete: athlete, sport: sportName, startTime: start, samples: samples)
        return ImportOutcome(activities: [activity])
    }
}
