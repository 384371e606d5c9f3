// activity-import: FIT/CSV bytes → one Activity per session (ActivityImport does the decoding).
import ActivityImport
import GaitModel
import GaitWire
import StageKit

struct ActivityImportStage: Stage {
    static let name = "activity-import"
    static let version = "0.1.0"
    static let summary = "Decodes FIT and CSV run files into activities with per-second samples"
    static let params: [ParamSpec] = []

    init(params: ResolvedParams) throws(StageFailure) {}

    func process(_ file: RawFile, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<Activity> {
        let outcome = ActivityImporter.importFile(data: file.data, path: file.path, athlete: file.athlete)
        return StageOutput(outputs: outcome.activities, warnings: outcome.warnings,
                           skippedReason: outcome.skippedReason)
    }
}

StageMain.run(ActivityImportStage.self)
