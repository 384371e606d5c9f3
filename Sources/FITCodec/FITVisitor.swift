/// Receives what `FITDecoder` finds, in file order. The decoder is generic over its visitor, so a
/// visitor that only wants record fields pays for nothing else (no per-message allocation).
public protocol FITVisitor {
    /// A new segment (chained FIT file) starts: definitions, developer data and accumulators reset.
    mutating func segmentStarted(index: Int, offset: Int)
    /// A data message, valid only for the duration of the call.
    mutating func message(_ message: FITRawMessage)
}

extension FITVisitor {
    public mutating func segmentStarted(index: Int, offset: Int) {}
}
