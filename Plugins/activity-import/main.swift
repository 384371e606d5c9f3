// activity-import: FIT/CSV bytes → one Activity per session (ActivityImport does the decoding).
import ActivityImport
import GaitModel
import GaitWire
import StageKit

struct ActivityImportStage: Stage {
    static let name = "activity-import"
    static let version = "0.1.0"
    static let summary = "Decodes FIT and CSV run files into activities with per-second samples"
    static let params = [ParamSpec(name: "strict_crc", kind: .boolean, defaultValue: "false",
                                   summary: "a FIT header or file CRC mismatch skips the file instead of warning")]
    let options: ImportOptions

    init(params: ResolvedParams) throws(StageFailure) {
        options = ImportOptions(strictCRC: params.string("strict_crc") == "true")
    }

    func process(_ file: RawFile, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<Activity> {
        let outcome = ActivityImporter.importFile(data: file.data, path: file.path, athlete: file.athlete,
                                                  options: options)
        return StageOutput(outputs: outcome.activities, warnings: outcome.warnings,
                           skippedReason: outcome.skippedReason)
    }
}

StageMain.run(ActivityImportStage.self)
