public import GaitModel

/// The joint angles and events the K rules need (DOMAIN.md "Kinematics"), in degrees.
public enum KinematicsChannel: String, Sendable, CaseIterable {
    case hipAdduction = "hip_adduction"
    case hipInternalRotation = "hip_rotation"
    case kneeFlexion = "knee_flexion"
    case kneeInternalRotation = "knee_rotation"
    /// Drop of the contralateral pelvis during this side's stance, degrees (positive = drop).
    case pelvicDrop = "pelvic_drop"
    /// Frame flags (non-zero = event) or event times in seconds, one column per side.
    case footStrike = "foot_strike"
    case toeOff = "toe_off"

    /// The canonical column name for a side: `hip_adduction_r`.
    public func column(_ side: BodySide) -> String { "\(rawValue)_\(side.rawValue)" }

    /// Names other tools write for this channel (OpenSim gait2392/Rajagopal first); `{s}` is `l`/`r`,
    /// `{S}` is `L`/`R`, `{side}` is `left`/`right`.
    var aliases: [String] {
        switch self {
        case .hipAdduction: ["hip_adduction_{s}", "{side}_hip_adduction", "{S}HipAdduction", "hip_add_{s}"]
        case .hipInternalRotation: ["hip_rotation_{s}", "hip_internal_rotation_{s}", "{side}_hip_rotation", "{S}HipRotation"]
        case .kneeFlexion: ["knee_flexion_{s}", "knee_angle_{s}", "{side}_knee_flexion", "{S}KneeFlexion"]
        case .kneeInternalRotation: ["knee_rotation_{s}", "knee_internal_rotation_{s}", "{side}_knee_rotation", "{S}KneeRotation"]
        case .pelvicDrop: ["pelvic_drop_{s}", "pelvis_drop_{s}", "{side}_pelvic_drop"]
        case .footStrike: ["foot_strike_{s}", "{side}_foot_strike", "{S}FootStrike", "ic_{s}"]
        case .toeOff: ["toe_off_{s}", "{side}_toe_off", "{S}ToeOff", "to_{s}"]
        }
    }

    func names(_ side: BodySide) -> [String] {
        aliases.map {
            $0.replacingAll("{s}", side.rawValue).replacingAll("{S}", side.rawValue.uppercased())
                .replacingAll("{side}", side.word)
        }
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
