public import GaitModel

/// One kinematics session with its columns mapped to channels: frame times and, per side, the
/// angle and event arrays that were found.
public struct JointAngleRecording: Sendable, Equatable {
    public var file: String
    /// Seconds, one per frame.
    public var time: [Double]
    /// `channels[channel.column(side)]` = per-frame values.
    public var channels: [String: [Double]]

    public init(file: String, time: [Double], channels: [String: [Double]]) {
        self.file = file
        self.time = time
        self.channels = channels
    }

    public func values(_ channel: KinematicsChannel, _ side: BodySide) -> [Double]? { channels[channel.column(side)] }

    /// Reads a CSV or OpenSim `.mot`/`.sto` file and maps its columns. A side needs at least knee
    /// flexion (events are detected from it) and hip adduction; a file where no side has both is an
    /// unknown layout, and the error lists the columns found and the names expected.
    public static func read(_ text: String, file: String, columns map: KinematicsColumnMap = KinematicsColumnMap())
        throws(KinematicsError) -> JointAngleRecording {
        let table = try JointAngleTable.parse(text, file: file)
        func unknown(_ why: String) -> KinematicsError {
            KinematicsError(.unknownLayout(found: table.columns, expected: KinematicsColumnMap.expectedNames), file: file,
                            "\(why); columns found: \(table.columns.joined(separator: ", ")); expected names: "
                                + KinematicsColumnMap.expectedNames.joined(separator: ", ")
                                + " (or map them with params such as knee_flexion_r: <column>)")
        }
        let missing = map.missing(in: table)
        if !missing.isEmpty {
            throw unknown("the params map \(missing.joined(separator: ", ")), but the file has no such column")
        }
        guard let time = map.find("time", aliases: KinematicsColumnMap.timeNames, in: table) else {
            throw unknown("no time column")
        }
        var channels: [String: [Double]] = [:]
        for side in BodySide.allCases {
            for channel in KinematicsChannel.allCases {
                if let v = map.find(channel.column(side), aliases: channel.names(side), in: table) {
                    channels[channel.column(side)] = v
                }
            }
        }
        if let obliquity = map.find("pelvic_obliquity", aliases: KinematicsColumnMap.obliquityNames, in: table) {
            // Positive obliquity = left side down: the contralateral drop of right stance, the
            // opposite of left stance's.
            if channels[KinematicsChannel.pelvicDrop.column(.right)] == nil {
                channels[KinematicsChannel.pelvicDrop.column(.right)] = obliquity
            }
            if channels[KinematicsChannel.pelvicDrop.column(.left)] == nil {
                channels[KinematicsChannel.pelvicDrop.column(.left)] = obliquity.map { -$0 }
            }
        }
        let usable = BodySide.allCases.filter {
            channels[KinematicsChannel.kneeFlexion.column($0)] != nil && channels[KinematicsChannel.hipAdduction.column($0)] != nil
        }
        guard !usable.isEmpty else { throw unknown("no side has both knee flexion and hip adduction") }
        return JointAngleRecording(file: file, time: time, channels: channels)
    }
}
