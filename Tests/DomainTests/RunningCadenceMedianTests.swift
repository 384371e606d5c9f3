@testable import ActivityImport
import Testing

/// DOMAIN.md's cadence rule decides on the median cadence above 2 m/s; it is found by quickselect,
/// not by sorting. Checked against the median of the sorted values, on the shapes cadence columns
/// have: a few distinct integers repeated thousands of times, halves (fractional cadence), runs in
/// order and reversed, odd and even counts, one and two values.
@Suite struct RunningCadenceMedianTests {
    static func sortedMedian(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    @Test func quickselectGivesTheSortedMedian() {
        var generator = SystemRandomNumberGenerator()
        var shapes: [[Double]] = [[85], [80, 90], [90, 80, 85], Array(repeating: 82, count: 1000),
                                  (1...2001).map(Double.init), (1...2000).reversed().map(Double.init)]
        for n in [3, 4, 17, 100, 999, 1000, 6000] {
            shapes.append((0..<n).map { _ in Double(Int.random(in: 78...92, using: &generator)) })
            shapes.append((0..<n).map { _ in Double(Int.random(in: 150...190, using: &generator)) / 2 })
            shapes.append((0..<n).map { _ in Double.random(in: 60...200, using: &generator) })
        }
        for values in shapes {
            let speed = Array(repeating: 3.0, count: values.count)
            #expect(RunningCadence.median(cadence: values, speed: speed) == Self.sortedMedian(values), "\(values.count) values")
            for k in [0, values.count / 2, values.count - 1] {
                var copy = values
                #expect(RunningCadence.kthSmallest(&copy, k) == values.sorted()[k])
                #expect(copy[..<k].allSatisfy { $0 <= copy[k] } && copy[(k + 1)...].allSatisfy { $0 >= copy[k] })
            }
        }
        // Only samples above 2 m/s with a cadence count (DOMAIN.md), unless no sample is that fast.
        #expect(RunningCadence.median(cadence: [80, 0, 90, 170], speed: [3, 3, 1, 3]) == 125)
        #expect(RunningCadence.median(cadence: [80, 0, 90], speed: [1, 1, 1]) == 85)
        #expect(RunningCadence.median(cadence: [0, 0], speed: [3, 3]) == nil)
    }
}
