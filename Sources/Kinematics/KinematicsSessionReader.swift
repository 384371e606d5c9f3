public import GaitModel

/// One `kinematics/` file → its per-side K1–K4 session summary (what gait-metrics returns for a
/// `KinematicsFile`).
public enum KinematicsSessionReader {
    public static func session(_ file: KinematicsFile, columns: KinematicsColumnMap = KinematicsColumnMap(),
                               minimumStrides: Int = StrideKinematics.minimumStrides) throws(KinematicsError) -> KinematicsSession {
        guard let text = String(validating: file.data, as: UTF8.self) else {
            throw KinematicsError(.unreadable, file: file.path, "not UTF-8 text (CSV or OpenSim .mot/.sto expected)")
        }
        let recording = try JointAngleRecording.read(text, file: file.path, columns: columns)
        var session = try StrideKinematics.summarize(recording, minimumStrides: minimumStrides)
        session.athlete = file.athlete
        return session
    }
}
