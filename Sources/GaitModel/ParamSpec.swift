/// A stage parameter as a stage describes it (`--describe`) and the runner validates it.
public struct ParamSpec: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case number, integer, string, boolean
    }

    public var name: String
    public var kind: Kind
    /// Default, written as in a pipeline file.
    public var defaultValue: String
    /// Inclusive range for numbers; nil = unbounded.
    public var minimum: Double?
    public var maximum: Double?
    /// Allowed values for strings; empty = any.
    public var choices: [String]
    /// For strings: a regular expression the whole value must match (the summary says the form).
    public var pattern: String?
    public var summary: String
    /// Name of a number param this one must stay strictly below (e.g. `l1_small` < `l1_moderate`),
    /// so `validate` rejects inverted thresholds; nil = no ordering.
    public var lessThan: String?

    public init(name: String, kind: Kind, defaultValue: String, minimum: Double? = nil, maximum: Double? = nil,
                choices: [String] = [], pattern: String? = nil, lessThan: String? = nil, summary: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.choices = choices
        self.pattern = pattern
        self.lessThan = lessThan
        self.summary = summary
    }

    /// Ordering problems (`lessThan`) among resolved values (pipeline values over defaults), one
    /// message per violated pair, naming both params; checked after each value passed `problem(with:)`.
    public static func orderingProblems(_ specs: [ParamSpec], given: [String: String]) -> [(param: String, message: String)] {
        let values = ResolvedParams(specs: specs, given: given)
        return specs.compactMap { spec in
            guard let upper = spec.lessThan else { return nil }
            let a = values.number(spec.name), b = values.number(upper)
            guard a.isFinite, b.isFinite, a >= b else { return nil }
            return (spec.name, "\(spec.name) (\(values.values[spec.name] ?? "")) must be below \(upper) (\(values.values[upper] ?? ""))")
        }
    }

    /// Checks a value written in a pipeline file; returns a message a user can act on, or nil.
    public func problem(with value: String) -> String? {
        switch kind {
        case .string:
            if !choices.isEmpty, !choices.contains(value) {
                return "'\(value)' is not one of \(choices.joined(separator: ", "))"
            }
            if let pattern, let regex = try? Regex(pattern), (try? regex.wholeMatch(in: value)) == nil {
                return "'\(value)' is not of the expected form"
            }
            return nil
        case .boolean:
            return ["true", "false"].contains(value) ? nil : "'\(value)' is not true or false"
        case .integer, .number:
            guard let v = Double(value), v.isFinite, kind == .number || v == v.rounded() else {
                return "'\(value)' is not \(kind == .integer ? "an integer" : "a number")"
            }
            if let lo = minimum, v < lo { return "\(value) is below the minimum \(Self.format(lo))" }
            if let hi = maximum, v > hi { return "\(value) is above the maximum \(Self.format(hi))" }
            return nil
        }
    }

    private static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}

/// Parameter values resolved against their specs: pipeline values over defaults.
///
/// The accessors are checked: a name the stage did not declare, or read as the wrong kind, is a
/// programming error (a misspelt name used to read as NaN or "" without a word) and stops at once
/// with the name and the declared ones; every stage's tests read every param, so it cannot ship.
public struct ResolvedParams: Sendable {
    public let values: [String: String]
    private let kinds: [String: ParamSpec.Kind]

    public init(specs: [ParamSpec], given: [String: String]) {
        var v: [String: String] = [:]
        for spec in specs { v[spec.name] = given[spec.name] ?? spec.defaultValue }
        values = v
        kinds = Dictionary(specs.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    private func value(_ name: String, as accepted: Set<ParamSpec.Kind>) -> String {
        guard let kind = kinds[name], let value = values[name] else {
            preconditionFailure("param '\(name)' is not declared; declared: \(kinds.keys.sorted().joined(separator: ", "))")
        }
        precondition(accepted.contains(kind), "param '\(name)' is \(kind), not \(accepted.map { "\($0)" }.sorted().joined(separator: " or "))")
        return value
    }

    /// A `number` or `integer` param (validated against its range before a run starts).
    public func number(_ name: String) -> Double { Double(value(name, as: [.number, .integer])) ?? .nan }
    public func integer(_ name: String) -> Int { Int(value(name, as: [.integer])) ?? 0 }
    public func string(_ name: String) -> String { value(name, as: [.string]) }
    public func bool(_ name: String) -> Bool { value(name, as: [.boolean]) == "true" }
}
