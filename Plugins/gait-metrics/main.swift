// gait-metrics: Activity → RunMetrics (per-run facts; season baselines live in injury-scoring), and
// a kinematics/ file → KinematicsSession (K1–K4 per side).
import AthleteFiles
import GaitMetrics
import GaitModel
import GaitWire
import StageKit

struct GaitMetricsStage: Stage {
    static let name = "gait-metrics"
    static let version = "0.3.0"
    static let summary = "Per-run gait, terrain and intensity metrics (cadence, step length, dynamics, ascent/descent, zones, TRIMP); K1–K4 of lab kinematics files"
    static let params = RunMetricsCalculator.paramSpecs + KinematicsSessionAnalysis.paramSpecs

    let params: ResolvedParams
    /// Each athlete's profile, parsed once per replica.
    let profiles = AthleteFileMemo<AthleteProfile>()

    init(params: ResolvedParams) throws(StageFailure) { self.params = params }

    func process(_ input: GaitInput, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<GaitOutput> {
        switch input {
        case .first(let activity): runMetrics(activity, task: task)
        case .second(let file):
            // A file this stage cannot read is skipped and listed with its reason; the run goes on.
            switch KinematicsSessionAnalysis.session(for: file, params: params) {
            case .success(let session): StageOutput(outputs: [.second(session)])
            case .failure(let error): StageOutput(outputs: [], skippedReason: error.message)
            }
        }
    }

    private func runMetrics(_ activity: Activity, task: ControlMessage.TaskHeader) -> StageOutput<GaitOutput> {
        // The runner attaches the athlete's raw athlete.yaml to every task. A bad key costs only
        // itself (its default is used); the runner reports the file's problems once per athlete,
        // so they are not repeated as a warning on every run.
        let profile = profiles.value(for: task.athleteYAML) { AthleteProfileParser.read($0).value }
        let metrics = RunMetricsCalculator.metrics(for: activity, profile: profile, params: params)
        return StageOutput(outputs: [.first(metrics)])
    }
}

StageMain.run(GaitMetricsStage.self)
