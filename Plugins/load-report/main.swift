// load-report: an athlete's Assessment → <athlete>/report.html, report.json (schema gaitpipe.report/3,
// Sources/LoadReport/REPORT_SCHEMA.md), runs.csv, weeks.csv and its rows of the run-wide runs.csv and
// weeks.csv; the season-wide task (ClinicSeason) → index.html. Bytes for the runner to write.
import GaitModel
import GaitWire
import LoadReport
import StageKit

struct LoadReportStage: Stage {
    static let name = "load-report"
    static let version = "0.3.0"
    static let summary = "Renders an athlete's assessment as a self-contained HTML report, JSON and CSV, and the clinic index of all athletes"
    static let params = ReportRenderer.paramSpecs

    let params: ResolvedParams

    init(params: ResolvedParams) throws(StageFailure) { self.params = params }

    func process(_ input: ReportInput, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<ReportBundle> {
        switch input {
        case .first(let assessment): StageOutput(outputs: [ReportRenderer.render(assessment, params: params)])
        case .second(let season): StageOutput(outputs: [ReportRenderer.index(season, params: params)])
        }
    }
}

StageMain.run(LoadReportStage.self)
