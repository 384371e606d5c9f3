/// A file of per-frame values: column names and one array per column. Reads CSV (comma, semicolon
/// or tab separated, header first) and OpenSim `.mot`/`.sto` (a header block up to `endheader`,
/// then tab-separated columns with their names on the first line).
public struct JointAngleTable: Sendable, Equatable {
    public var columns: [String]
    /// `values[c][frame]`; non-numeric cells are NaN.
    public var values: [[Double]]

    public init(columns: [String], values: [[Double]]) {
        self.columns = columns
        self.values = values
    }

    public var frameCount: Int { values.first?.count ?? 0 }

    public func column(_ name: String) -> [Double]? {
        columns.firstIndex(of: name).map { values[$0] }
    }

    public static func parse(_ text: String, file: String) throws(KinematicsError) -> JointAngleTable {
        // Keep 1-based line numbers for errors; blank lines are skipped.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .enumerated().map { (number: $0.offset + 1, text: $0.element) }
            .filter { !$0.text.trimmingWhitespace().isEmpty }[...]
        // OpenSim storage: everything up to and including `endheader` is metadata (version, nRows, inDegrees…).
        if let end = lines.firstIndex(where: { $0.text.trimmingWhitespace().lowercased() == "endheader" }) {
            lines = lines[(end + 1)...]
        }
        guard let header = lines.popFirst() else {
            throw KinematicsError(.unreadable, file: file, "no header row with column names")
        }
        let separator: Character = header.text.contains("\t") ? "\t" : header.text.contains(",") ? ","
            : header.text.contains(";") ? ";" : " "
        func split(_ line: Substring) -> [Substring] {
            separator == " " ? line.split(separator: " ") : line.split(separator: separator, omittingEmptySubsequences: false)
        }
        let columns = split(header.text).map { String($0.trimmingWhitespace()) }
        var values = [[Double]](repeating: [], count: columns.count)
        for line in lines {
            let cells = split(line.text)
            guard cells.count == columns.count else {
                throw KinematicsError(.unreadable, file: file,
                                      "line \(line.number): \(cells.count) values for \(columns.count) columns (header on line \(header.number))")
            }
            for (c, cell) in cells.enumerated() {
                let trimmed = cell.trimmingWhitespace()
                guard let v = Double(trimmed) else {
                    // Empty cells and NaN are gaps; anything else is a broken export worth naming.
                    if trimmed.isEmpty || trimmed.lowercased() == "nan" { values[c].append(.nan); continue }
                    throw KinematicsError(.unreadable, file: file,
                                          "line \(line.number), column \(c + 1) ('\(columns[c])'): '\(trimmed)' is not a number")
                }
                values[c].append(v)
            }
        }
        return JointAngleTable(columns: columns, values: values)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
