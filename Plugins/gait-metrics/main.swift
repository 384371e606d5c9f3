// gait-metrics: Activity → RunMetrics (per-run facts; season baselines live in injury-scoring).
import GaitMetrics
import GaitModel
import GaitWire
import StageKit

struct GaitMetricsStage: Stage {
    static let name = "gait-metrics"
    static let version = "0.1.0"
    static let summary = "Computes per-run distance, time, pace and cadence from an activity's samples"
    static let params = RunMetricsCalculator.paramSpecs

    let params: ResolvedParams

    init(params: ResolvedParams) throws(StageFailure) { self.params = params }

    func process(_ activity: Activity, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<RunMetrics> {
        StageOutput(outputs: [RunMetricsCalculator.metrics(for: activity, params: params)])
    }
}

StageMain.run(GaitMetricsStage.self)
