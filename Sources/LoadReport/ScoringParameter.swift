import GaitModel

/// injury-scoring's parameters as the assessment lists them, for the charts' reference lines
/// (so a clinic that changed a threshold sees its own threshold drawn).
enum ScoringParameter {
    static func number(_ a: Assessment, _ name: String, default fallback: Double) -> Double {
        a.parameters.first { $0.name == name }.flatMap { Double($0.value) } ?? fallback
    }
}
