/// "Did you mean" for a mistyped key or time-zone name: the known names closest in edit distance.
enum NameSuggestion {
    /// Up to `limit` of `names` nearest to `typed` (case-insensitive Levenshtein distance), nearest
    /// first, ties in the order given; only names within `maxDistance` edits — a third of the typed
    /// length, at least 2 — so that 'weight' suggests nothing rather than 'height_cm'.
    static func closest(to typed: String, in names: [String], limit: Int = 1, maxDistance: Int? = nil) -> [String] {
        let bound = maxDistance ?? max(2, typed.count / 3)
        let lower = Array(typed.lowercased())
        return names.map { (name: $0, distance: distance(lower, Array($0.lowercased()))) }
            .enumerated()
            .filter { $0.element.distance <= bound }
            .sorted { ($0.element.distance, $0.offset) < ($1.element.distance, $1.offset) }
            .prefix(limit)
            .map(\.element.name)
    }

    /// Levenshtein distance (insert, delete, substitute: one edit each), two rows of the table.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
    static func list(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + last
    }
}
