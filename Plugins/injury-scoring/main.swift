// injury-scoring: one athlete's season → pattern levels per presentation and ISO week (DOMAIN.md).
import GaitModel
import GaitWire
import InjuryScoring
import StageKit

struct InjuryScoringStage: Stage {
    static let name = "injury-scoring"
    static let version = "0.1.0"
    static let summary = "Scores patellofemoral pain, ITB syndrome and patellar tendinopathy patterns per athlete and week"
    static let grouping = StageGrouping.athlete
    static let params = SeasonScorer.paramSpecs

    let params: ResolvedParams

    init(params: ResolvedParams) throws(StageFailure) {
        let problems = SeasonScorer.problems(with: params)
        if !problems.isEmpty { throw StageFailure(problems.joined(separator: "; ")) }
        self.params = params
    }

    func process(_ season: AthleteSeason, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<Assessment> {
        StageOutput(outputs: [SeasonScorer.assess(season, params: params)])
    }
}

StageMain.run(InjuryScoringStage.self)
