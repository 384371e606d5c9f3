// load-report: Assessment → report.html, report.json (schema gaitpipe.report/3, Sources/LoadReport/REPORT_SCHEMA.md),
// runs.csv, weeks.csv as bytes for the runner.
import GaitModel
import GaitWire
import LoadReport
import StageKit

struct LoadReportStage: Stage {
    static let name = "load-report"
    static let version = "0.2.0"
    static let summary = "Renders an athlete's assessment as a self-contained HTML report, JSON and CSV"
    static let params = ReportRenderer.paramSpecs

    let params: ResolvedParams

    init(params: ResolvedParams) throws(StageFailure) { self.params = params }

    func process(_ assessment: Assessment, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<ReportBundle> {
        StageOutput(outputs: [ReportRenderer.render(assessment, params: params)])
    }
}

StageMain.run(LoadReportStage.self)
