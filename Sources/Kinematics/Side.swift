/// A body side; column names end in `_l` / `_r` (OpenSim's convention).
public enum Side: String, Sendable, CaseIterable {
    case left = "l", right = "r"

    public var other: Side { self == .left ? .right : .left }
}
