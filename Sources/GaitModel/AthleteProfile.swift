/// An athlete's profile from `athlete.yaml`, with DOMAIN.md's defaults filled in where a value is
/// missing (HRmax 200, HRrest 60, Runalyze's convention) and `defaulted` saying which.
public struct AthleteProfile: Sendable, Equatable {
    public enum Sex: String, Sendable, CaseIterable {
        case female, male, unknown
    }

    /// Defaults when `athlete.yaml` does not give a value (DOMAIN.md "Inputs": Runalyze 200/60).
    public static let defaultHRMax = 200.0
    public static let defaultHRRest = 60.0

    public var id: String?
    public var sex: Sex
    public var birthYear: Int?
    public var heightCm: Double?
    public var hrMax: Double
    public var hrRest: Double
    /// Threshold pace, seconds per km.
    public var thresholdPaceSPerKm: Double?
    public var thresholdHR: Double?
    /// IANA name as written; informational (all times are UTC).
    public var timezone: String?
    /// Day numbers (days since 1970-01-01) declared as rest days.
    public var restDays: [Int64]
    /// Session RPE (0–10) per run id, for Foster's session-RPE load.
    public var sessionRPE: [String: Double]
    /// Keys that fell back to a default, e.g. ["hr_max", "hr_rest"].
    public var defaulted: [String]

    public init(id: String? = nil, sex: Sex = .unknown, birthYear: Int? = nil, heightCm: Double? = nil,
                hrMax: Double = Self.defaultHRMax, hrRest: Double = Self.defaultHRRest,
                thresholdPaceSPerKm: Double? = nil, thresholdHR: Double? = nil, timezone: String? = nil,
                restDays: [Int64] = [], sessionRPE: [String: Double] = [:], defaulted: [String] = []) {
        self.id = id
        self.sex = sex
        self.birthYear = birthYear
        self.heightCm = heightCm
        self.hrMax = hrMax
        self.hrRest = hrRest
        self.thresholdPaceSPerKm = thresholdPaceSPerKm
        self.thresholdHR = thresholdHR
        self.timezone = timezone
        self.restDays = restDays
        self.sessionRPE = sessionRPE
        self.defaulted = defaulted
    }

    /// Threshold speed, m/s, from threshold pace.
    public var thresholdSpeedMPS: Double? {
        thresholdPaceSPerKm.flatMap { $0 > 0 ? 1000 / $0 : nil }
    }
}
