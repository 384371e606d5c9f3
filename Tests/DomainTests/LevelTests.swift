import GaitModel
import Testing

@Suite struct LevelTests {
    /// DOMAIN.md "Definitions": 0 → none, 1 → low, 2–3 → moderate, ≥ 4 → high.
    @Test(arguments: [(0, Level.none), (1, .low), (2, .moderate), (3, .moderate), (4, .high), (5, .high), (-1, .none)])
    func pointsToLevel(points: Int, level: Level) {
        #expect(Level(points: points) == level)
    }
}
