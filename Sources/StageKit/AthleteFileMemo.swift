import Synchronization

/// What a stage made of an athlete.yaml, remembered by the file's bytes. The runner attaches the
/// athlete's raw file to every task, so a replica would otherwise parse the same few hundred bytes
/// for each of an athlete's runs (measured: a fifth of gait-metrics' time on 50 × 26).
public final class AthleteFileMemo<Value: Sendable>: Sendable {
    private let known = Mutex<[[UInt8]: Value]>([:])
    /// Distinct files remembered before the memo starts over (a season has one per athlete).
    private let capacity: Int

    public init(capacity: Int = 256) { self.capacity = capacity }

    /// The value for `bytes`, from `make` the first time these bytes are seen.
    public func value(for bytes: [UInt8], _ make: ([UInt8]) -> Value) -> Value {
        if let hit = known.withLock({ $0[bytes] }) { return hit }
        let value = make(bytes)
        known.withLock { memo in
            if memo.count >= capacity { memo.removeAll(keepingCapacity: true) }
            memo[bytes] = value
        }
        return value
    }
}
