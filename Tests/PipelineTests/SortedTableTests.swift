import ContentDigest
@testable import PipelineRunner
import Testing

/// The cache's tables (plan index, pack index, input digests) are sorted arrays with this run's
/// new keys beside them: they must answer as a Dictionary fed the same lines and changes would.
@Suite struct SortedTableTests {
    @Test(arguments: [0, 1, 2, 17, 500])
    func itAnswersAsADictionaryWould(lines: Int) {
        var random = SystemRandomNumberGenerator()
        // Keys drawn from a small range: repeated lines (the later one wins), some in order.
        let pairs = (0..<lines).map { n in (Int.random(in: 0..<(lines + 5), using: &random), n) }
        var table = SortedTable(pairs)
        var reference: [Int: Int] = [:]
        for (k, v) in pairs { reference[k] = v }
        for k in -1...(lines + 6) { #expect(table[k] == reference[k]) }
        // Changes: existing keys and new ones, some new ones twice.
        for n in 0..<(lines / 2 + 3) {
            let k = Int.random(in: -3..<(lines + 9), using: &random)
            table.set(k, 10_000 + n)
            reference[k] = 10_000 + n
        }
        for k in -4...(lines + 10) { #expect(table[k] == reference[k]) }
        #expect(table.count == reference.count)
        var seen: [(Int, Int)] = []
        table.forEachSorted { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == reference.keys.sorted())
        #expect(seen.map(\.1) == reference.keys.sorted().map { reference[$0]! })
    }

    @Test func sortedLinesAreTakenAsTheyAre() {
        let table = SortedTable([("a", 1), ("b", 2), ("b", 3), ("c", 4)])
        #expect(table["b"] == 3 && table["a"] == 1 && table["c"] == 4 && table["d"] == nil && table.count == 3)
    }

    /// Packed digests sort as their texts do (the index files are written in that order).
    @Test func packedDigestsSortAsTheirText() {
        let texts = (0..<300).map { SHA256.hex(Array("\($0)".utf8)) } + (0..<50).map { String(SHA256.hex(Array("p\($0)".utf8)).prefix(32)) }
        for length in [64, 32] {
            let same = texts.filter { $0.count == length }
            #expect(same.compactMap { PackedHex($0) }.sorted().map(\.hex) == same.sorted())
        }
        #expect(PackedHex("0")! < PackedHex("00")! && PackedHex("0f")! < PackedHex("10")!)
    }
}
