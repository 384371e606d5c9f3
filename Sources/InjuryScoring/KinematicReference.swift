public import GaitModel

/// A normative table for absolute K comparisons, given as a param (DOMAIN.md "Definitions": no
/// normative table is given there; without one, absolute comparisons report "insufficient data").
///
/// Written `sex.variable=mean/sd;…`, e.g. `female.hip_adduction=10.4/3.1;male.hip_adduction=8.2/2.9`.
public struct KinematicReference: Sendable, Equatable {
    public static let variables = ["hip_adduction", "pelvic_drop", "knee_internal_rotation", "hip_internal_rotation"]

    public struct Entry: Sendable, Equatable {
        public var mean: Double
        public var sd: Double
    }

    public struct ParseError: Error, Sendable {
        public var message: String
    }

    /// Keyed by "sex.variable".
    public var entries: [String: Entry] = [:]

    public init() {}

    public init(parsing text: String) throws(ParseError) {
        for item in text.split(separator: ";").map({ $0.trimmingCharacters() }) where !item.isEmpty {
            let kv = item.split(separator: "=", maxSplits: 1).map(String.init)
            let key = kv.first ?? ""
            let parts = key.split(separator: ".").map(String.init)
            guard kv.count == 2, parts.count == 2, AthleteProfile.Sex(rawValue: parts[0]) != nil,
                  Self.variables.contains(parts[1]) else {
                throw ParseError(message: "'\(item)' is not sex.variable=mean/sd (sex female|male|unknown; variable "
                    + Self.variables.joined(separator: "|") + ")")
            }
            let numbers = kv[1].split(separator: "/").map { Double($0.trimmingCharacters()) }
            guard numbers.count == 2, let mean = numbers[0], let sd = numbers[1], mean.isFinite, sd.isFinite, sd >= 0 else {
                throw ParseError(message: "'\(item)': mean/sd must be two numbers with sd ≥ 0")
            }
            entries[key] = Entry(mean: mean, sd: sd)
        }
    }

    public func entry(sex: AthleteProfile.Sex, variable: String) -> Entry? { entries["\(sex.rawValue).\(variable)"] }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
