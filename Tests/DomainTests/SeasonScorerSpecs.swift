import GaitModel
import InjuryScoring

/// Indirection so the fixtures need not import InjuryScoring's names in every file.
enum SeasonScorerSpecs {
    static let specs = SeasonScorer.paramSpecs

    static func assess(_ season: AthleteSeason, given: [String: String] = [:]) -> Assessment {
        SeasonScorer.assess(season, params: ResolvedParams(specs: specs, given: given))
    }
}
