public import GaitModel
import Kinematics

/// gait-metrics' handling of a `kinematics/` file: its columns mapped through the stage params,
/// K1–K4 per side from the `Kinematics` library.
public enum KinematicsSessionAnalysis {
    /// One string param per canonical column (`knee_flexion_r: RKneeAngles_X`).
    public static let paramSpecs = KinematicsColumnMap.paramSpecs

    /// Why a kinematics file cannot be used: for an unknown layout the message lists the columns
    /// found and the names expected; line and column for a broken row.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
    }

    /// The session summary, or why the file cannot be used.
    public static func session(for file: KinematicsFile, params: ResolvedParams) -> Result<KinematicsSession, Problem> {
        do {
            return .success(try KinematicsSessionReader.session(file, columns: KinematicsColumnMap(params: params)))
        } catch {
            return .failure(Problem(message: error.message))
        }
    }
}
