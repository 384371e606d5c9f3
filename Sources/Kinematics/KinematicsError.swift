public import GaitModel

/// Why a kinematics file could not be used; the message names the file and the fix.
public struct KinematicsError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: Sendable, Equatable {
        /// Not CSV or OpenSim: no header row, or rows with the wrong number of values.
        case unreadable
        /// The columns found do not include the channels needed (`found` and `expected` list them).
        case unknownLayout(found: [String], expected: [String])
        /// Fewer strides than the analysis needs on a side.
        case tooFewStrides(side: BodySide, found: Int, needed: Int)
    }

    public var code: Code
    public var file: String
    public var message: String

    public init(_ code: Code, file: String, _ message: String) {
        self.code = code
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
