// gait-metrics: Activity → RunMetrics (per-run facts; season baselines live in injury-scoring).
import AthleteFiles
import GaitMetrics
import GaitModel
import GaitWire
import StageKit

struct GaitMetricsStage: Stage {
    static let name = "gait-metrics"
    static let version = "0.2.0"
    static let summary = "Per-run gait, terrain and intensity metrics (cadence, step length, dynamics, ascent/descent, zones, TRIMP)"
    static let params = RunMetricsCalculator.paramSpecs

    let params: ResolvedParams

    init(params: ResolvedParams) throws(StageFailure) { self.params = params }

    func process(_ activity: Activity, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<RunMetrics> {
        // The runner attaches the athlete's raw athlete.yaml to every task. A broken profile must not
        // lose the run: its metrics use the defaults and the report lists the file:line problems.
        var profileProblems: [String] = []
        let profile: AthleteProfile
        do {
            profile = try AthleteProfileParser.parse(task.athleteYAML)
        } catch {
            profile = AthleteProfile(defaulted: ["hr_max", "hr_rest"])
            profileProblems = error.problems.map { "\($0); profile defaults used" }
        }
        var metrics = RunMetricsCalculator.metrics(for: activity, profile: profile, params: params)
        metrics.warnings += profileProblems
        return StageOutput(outputs: [metrics])
    }
}

StageMain.run(GaitMetricsStage.self)
