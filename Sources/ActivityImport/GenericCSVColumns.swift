import GaitModel

/// The header of a generic per-sample CSV mapped to canonical columns with unit conversions.
/// Names are case-insensitive, spaces become `_`, a unit may follow in brackets (`speed[km/h]`).
struct GenericCSVColumns {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// What a canonical column feeds: a sample column (by index into `SampleColumns.doubleColumns`),
    /// time, elapsed time, pace, or sport.
    enum Target: Equatable { case column(Int), timestamp, elapsed, pace, sport, positionSemicircles(Int) }

    /// Canonical names and their aliases.
    static let names: [String: Target] = {
        var n: [String: Target] = [:]
        let columns = ["distance", "speed", "altitude", "heart_rate", "cadence", "power", "stance_time",
                       "stance_time_balance", "step_length", "vertical_oscillation", "vertical_ratio", "latitude", "longitude"]
        for (i, name) in columns.enumerated() { n[name] = .column(i) }
        let aliases: [String: String] = [
            "dist": "distance", "distance_m": "distance", "speed_mps": "speed", "velocity": "speed",
            "alt": "altitude", "altitude_m": "altitude", "elevation": "altitude", "ele": "altitude",
            "enhanced_altitude": "altitude", "enhanced_speed": "speed",
            "hr": "heart_rate", "heartrate": "heart_rate", "heart_rate_bpm": "heart_rate", "bpm": "heart_rate",
            "cad": "cadence", "cadence_spm": "cadence", "spm": "cadence", "watts": "power", "pwr": "power",
            "gct": "stance_time", "ground_contact_time": "stance_time", "ground_time": "stance_time",
            "gct_balance": "stance_time_balance", "stride_length": "step_length", "vo": "vertical_oscillation",
            "vertical_osc": "vertical_oscillation", "vr": "vertical_ratio", "lat": "latitude", "lon": "longitude",
            "lng": "longitude", "long": "longitude",
        ]
        for (alias, name) in aliases { n[alias] = n[name] }
        for name in ["timestamp", "time", "datetime", "date_time", "utc"] { n[name] = .timestamp }
        for name in ["elapsed", "elapsed_time", "seconds", "secs"] { n[name] = .elapsed }
        n["pace"] = .pace
        n["sport"] = .sport
        n["position_lat"] = .positionSemicircles(11)
        n["position_long"] = .positionSemicircles(12)
        return n
    }()

    var targets: [(target: Target, factor: Double, offset: Double)?]
    var header: [String]
    var ignored: [String] = []
    var timeColumn: Int?
    var timeIsFIT = false
    var startTime: Int64?

    static func parse(header: [String], aliases: [String: String], path: String) -> Result<GenericCSVColumns, Failure> {
        var columns = GenericCSVColumns(targets: [], header: header)
        for (i, raw) in header.enumerated() {
            var (name, unit) = normalized(raw)
            if let mapped = aliases[name] { name = mapped }
            guard let target = names[name] else {
                columns.targets.append(nil)
                if !raw.isEmpty { columns.ignored.append(raw) }
                continue
            }
            guard let (factor, offset) = conversion(unit, target) else {
                return .failure(Failure(description: "\(path):1:\(i + 1): unknown unit '\(unit)' for column '\(raw)'"))
            }
            if target == .timestamp { columns.timeColumn = columns.timeColumn ?? i; columns.timeIsFIT = unit == "fit" }
            columns.targets.append((target, factor, offset))
        }
        let has = { (t: Target) in columns.targets.contains { $0?.target == t } }
        guard columns.timeColumn != nil || has(.elapsed) else {
            return .failure(Failure(description: "\(path):1: missing required column 'timestamp' (or 'elapsed' plus a start time)"))
        }
        guard has(.column(0)) || has(.column(1)) || has(.pace) else {
            return .failure(Failure(description: "\(path):1: missing required column 'distance' or 'speed' (or 'pace')"))
        }
        return .success(columns)
    }

    /// A header as a column name (lower case, spaces and dashes as `_`, no trailing `_`) and the
    /// unit in brackets after it, if any (`Speed [km/h]` → `speed`, `km/h`).
    static func normalized(_ raw: String) -> (name: String, unit: String) {
        var name = raw.lowercased().replacingSpaces
        var unit = ""
        if let open = name.firstIndex(of: "["), name.hasSuffix("]") {
            unit = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            name = String(name[..<open]).replacingSpaces
        } else if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            unit = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            name = String(name[..<open]).replacingSpaces
        }
        while name.hasSuffix("_") { name.removeLast() }
        return (name, unit)
    }

    /// Multiplier and offset from the given unit to the canonical one; nil for an unknown unit.
    private static func conversion(_ unit: String, _ target: Target) -> (Double, Double)? {
        switch (target, unit) {
        case (.pace, ""): (1000.0 / 60, 0)  // min/km
        case (_, ""): (1, 0)
        case (.column(0), "m"), (.column(1), "m/s"), (.column(2), "m"), (.column(3), "bpm"), (.column(4), "spm"),
             (.column(4), "steps/min"), (.column(5), "w"), (.column(6), "ms"), (.column(7), "%"), (.column(8), "mm"),
             (.column(9), "mm"), (.column(10), "%"), (.column(11), "deg"), (.column(12), "deg"), (.elapsed, "s"),
             (.timestamp, "fit"), (.timestamp, "unix"), (.timestamp, "s"), (.sport, _), (.positionSemicircles, _):
            (1, 0)
        case (.column(0), "km"): (1000, 0)
        case (.column(0), "mi"): (1609.344, 0)
        case (.column(1), "km/h"), (.column(1), "kph"): (1 / 3.6, 0)
        case (.column(1), "mph"): (0.44704, 0)
        case (.column(2), "ft"): (0.3048, 0)
        case (.column(4), "rpm"), (.column(4), "strides/min"): (2, 0)
        case (.column(6), "s"): (1000, 0)
        case (.column(8), "m"): (1000, 0)
        case (.column(8), "cm"), (.column(9), "cm"): (10, 0)
        case (.pace, "min/km"): (1000.0 / 60, 0)
        case (.pace, "min/mi"): (1609.344 / 60, 0)
        case (.pace, "s/km"): (1000, 0)
        case (.elapsed, "min"): (60, 0)
        default: nil
        }
    }

    struct Sample {
        var time: Int64
        var values: [Double]
        var sport: String?
    }

    func sample(_ row: [String], line: Int, path: String, zone: AthleteTimeZone) -> Result<Sample, Failure> {
        var values = [Double](repeating: .nan, count: SampleColumns.doubleColumns.count)
        var time: Int64?
        var elapsed: Double?
        var sport: String?
        for (i, target) in targets.enumerated() {
            guard let target, i < row.count else { continue }
            let cell = row[i]
            if cell.isEmpty || cell.lowercased() == "null" || cell.lowercased() == "none" || cell.lowercased() == "nan" { continue }
            func bad(_ what: String) -> Result<Sample, Failure> {
                .failure(Failure(description: "\(path):\(line):\(i + 1): '\(cell)' in column '\(header[i])' is not \(what)"))
            }
            switch target.target {
            case .sport: sport = cell.lowercased()
            case .timestamp:
                guard let t = CSVTime.parse(cell, zone: zone, fitSeconds: timeIsFIT) else {
                    return bad("a time (ISO-8601, Unix or FIT seconds, or a Java date)")
                }
                if t.zoneless, let problem = zone.problem {
                    return .failure(Failure(description: "\(path):\(line):\(i + 1): time '\(cell)' has no zone and the athlete's is unknown: \(problem)"))
                }
                time = t.seconds
            case .elapsed:
                guard let v = Double(cell), v.isFinite else { return bad("a number") }
                elapsed = v * target.factor
            case .pace:
                guard let v = CSVTime.minutes(cell), v > 0 else { return bad("a pace") }
                // factor = metres per unit distance / seconds per unit time, so speed = factor / pace.
                if values[1].isNaN { values[1] = target.factor / v }
            case .positionSemicircles(let column):
                guard let v = Double(cell), v.isFinite else { return bad("a number") }
                values[column] = v * (180.0 / 2_147_483_648.0)
            case .column(let column):
                guard let v = Double(cell), v.isFinite else { return bad("a number") }
                values[column] = v * target.factor + target.offset
            }
        }
        guard let t = time ?? elapsed.map({ (startTime ?? 0) + Int64($0.rounded(.down)) }) else {
            let column = (timeColumn ?? 0) + 1
            return .failure(Failure(description: "\(path):\(line):\(column): no time in this row"))
        }
        return .success(Sample(time: t, values: values, sport: sport))
    }
}

extension String {
    var replacingSpaces: String {
        String(trimmingSpaces.map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
