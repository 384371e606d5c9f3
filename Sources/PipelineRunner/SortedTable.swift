/// A table the cache reads from disk once per run and changes little: its keys in one sorted array,
/// their values in another, and the keys first set in this run beside them. A season's stage has a
/// line per run (6,590 on 50 × 26); as a `Dictionary` grown line by line such a table took four to
/// five times the memory, which made a cached rerun's runner larger than the recomputation's.
struct SortedTable<Key: Comparable & Hashable, Value> {
    private var keys: [Key] = []
    private var values: [Value] = []
    private var added: [Key: Value] = [:]

    init() {}

    /// From the lines of a file, in any order; of equal keys the later one wins (a newer pack's
    /// entry, a repeated line).
    init(_ pairs: [(Key, Value)]) {
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        // Of a run of equal keys the last one stays.
        func take(_ i: Int) {
            if let k = keys.last, k == pairs[i].0 {
                values[values.count - 1] = pairs[i].1
            } else {
                keys.append(pairs[i].0)
                values.append(pairs[i].1)
            }
        }
        if zip(pairs, pairs.dropFirst()).allSatisfy({ $0.0 <= $1.0 }) {
            for i in pairs.indices { take(i) }
        } else {
            let order = pairs.indices.sorted { pairs[$0].0 < pairs[$1].0 || (pairs[$0].0 == pairs[$1].0 && $0 < $1) }
            for i in order { take(i) }
        }
    }

    var count: Int { keys.count + added.count }

    private func position(_ key: Key) -> Int? {
        var (low, high) = (0, keys.count)
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }

    subscript(key: Key) -> Value? {
        if let i = position(key) { return values[i] }
        return added.isEmpty ? nil : added[key]
    }

    mutating func set(_ key: Key, _ value: Value) {
        if let i = position(key) { values[i] = value } else { added[key] = value }
    }

    /// Every pair in key order (as the file is written back), without copying the table.
    func forEachSorted(_ body: (Key, Value) throws -> Void) rethrows {
        let extra = added.keys.sorted()
        var (i, j) = (0, 0)
        while i < keys.count || j < extra.count {
            if j == extra.count || (i < keys.count && keys[i] < extra[j]) {
                try body(keys[i], values[i])
                i += 1
            } else {
                try body(extra[j], added[extra[j]]!)
                j += 1
            }
        }
    }

    /// Every value, in key order of the loaded part and then the added.
    var allValues: [Value] { values + added.values }
}
