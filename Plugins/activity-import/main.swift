// activity-import: FIT/CSV bytes → one Activity per session (ActivityImport does the decoding).
import ActivityImport
import GaitModel
import GaitWire
import StageKit

struct ActivityImportStage: Stage {
    static let name = "activity-import"
    static let version = "0.1.0"
    static let summary = "Decodes FIT and CSV run files into activities with per-second samples"
    static let params = [
        ParamSpec(name: "strict_crc", kind: .boolean, defaultValue: "false",
                  summary: "a FIT header or file CRC mismatch skips the file instead of warning"),
        ParamSpec(name: "csv_columns", kind: .string, defaultValue: "", pattern: ImportOptions.csvColumnsPattern,
                  summary: "generic CSV: other headers mapped to columns, HEADER=column pairs separated by commas, "
                      + "e.g. \"Herzfrequenz=heart_rate,Zeit=timestamp\" (columns and aliases as in README \"CSV\")"),
    ]
    let options: ImportOptions
    let timeZones = AthleteFileMemo<AthleteTimeZone>()

    init(params: ResolvedParams) throws(StageFailure) {
        switch ImportOptions.csvColumns(params.string("csv_columns")) {
        case .success(let aliases):
            options = ImportOptions(strictCRC: params.bool("strict_crc"), columnAliases: aliases)
        case .failure(let error):
            throw StageFailure(error.description)
        }
    }

    func process(_ file: RawFile, task: ControlMessage.TaskHeader) throws(StageFailure) -> StageOutput<Activity> {
        // Times without a zone in CSV files are in the athlete's time zone (athlete.yaml, sent with each task).
        var options = options
        options.timeZone = timeZones.value(for: task.athleteYAML) { AthleteTimeZone(athleteYAML: $0) }
        let outcome = ActivityImporter.importFile(data: file.data, path: file.path, athlete: file.athlete,
                                                  options: options)
        // Damage to the file is a problem (counted, --strict fails), not one more note.
        return StageOutput(outputs: outcome.activities, warnings: outcome.warnings.filter { !outcome.problems.contains($0) },
                           skippedReason: outcome.skippedReason, problems: outcome.problems)
    }
}

StageMain.run(ActivityImportStage.self)
