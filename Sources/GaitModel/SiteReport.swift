/// DOMAIN.md S2: one knee site the symptom diary reported in a week's window (the week or the 28 days
/// before its Sunday). An entry reports its site when any of its pains is > 0, or when its pains are
/// all empty (the runner named a site without scoring it).
public struct SiteReport: Sendable, Equatable, Codable {
    public var site: SymptomEntry.Location
    /// Sides reported at this site, in `Side` order; never merged across sites.
    public var sides: [SymptomEntry.Side]
    /// Worst pain (during, after or next morning) over the window's entries; nil when all were empty.
    public var worstPain: Int?
    /// Days with an entry reporting this site.
    public var days: Int
    /// The last such day, `YYYY-MM-DD`.
    public var lastDate: String
    /// Distinct aggravators listed at this site, in `Aggravator` order.
    public var aggravators: [SymptomEntry.Aggravator]

    public init(site: SymptomEntry.Location, sides: [SymptomEntry.Side], worstPain: Int?, days: Int, lastDate: String,
                aggravators: [SymptomEntry.Aggravator] = []) {
        self.site = site
        self.sides = sides
        self.worstPain = worstPain
        self.days = days
        self.lastDate = lastDate
        self.aggravators = aggravators
    }

    /// "lateral (left)", "inferior pole (left, right)".
    public var label: String { site.label + sidesSuffix }

    /// "at the lateral knee (left)".
    public var phrase: String { site.phrase + sidesSuffix }

    private var sidesSuffix: String { sides.isEmpty ? "" : " (" + sides.map(\.rawValue).joined(separator: ", ") + ")" }
}

extension SymptomEntry.Location {
    /// The presentation this site points to (DOMAIN.md S2); nil for `other`.
    public var presentation: Presentation? {
        switch self {
        case .peripatellar: .pfp
        case .lateral: .itbs
        case .inferiorPole: .patellarTendinopathy
        case .other: nil
        }
    }

    /// Words for the report: "peripatellar", "lateral", "inferior pole", "other".
    public var label: String { rawValue.split(separator: "_").joined(separator: " ") }

    /// Where the pain was, as a sentence says it: "pain reported at the lateral knee".
    public var phrase: String {
        switch self {
        case .peripatellar: "around the kneecap (peripatellar)"
        case .lateral: "at the lateral knee"
        case .inferiorPole: "at the inferior pole of the patella"
        case .other: "elsewhere (other)"
        }
    }
}

extension Presentation {
    /// The knee site that points to this presentation (DOMAIN.md S2).
    public var site: SymptomEntry.Location {
        switch self {
        case .pfp: .peripatellar
        case .itbs: .lateral
        case .patellarTendinopathy: .inferiorPole
        }
    }
}
