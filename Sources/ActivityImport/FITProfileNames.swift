/// Names of the FIT profile enum values the import reports (FIT SDK Profile.xlsx: manufacturer,
/// sport, sub_sport). Unknown values fall back to their number.
enum FITProfileNames {
    static func manufacturer(_ id: Int) -> String {
        switch id {
        case 1: "garmin"
        case 23: "suunto"
        case 32: "wahoo"
        case 95: "stryd"
        case 123: "polar"
        case 255: "development"
        case 265: "strava"
        case 294: "coros"
        default: "manufacturer-\(id)"
        }
    }

    private static let sports = [
        "generic", "running", "cycling", "transition", "fitness_equipment", "swimming", "basketball", "soccer",
        "tennis", "american_football", "training", "walking", "cross_country_skiing", "alpine_skiing", "snowboarding",
        "rowing", "mountaineering", "hiking", "multisport", "paddling", "flying", "e_biking", "motorcycling",
        "boating", "driving", "golf", "hang_gliding", "horseback_riding", "hunting", "fishing", "inline_skating",
        "rock_climbing", "sailing", "ice_skating", "sky_diving", "snowshoeing", "snowmobiling", "stand_up_paddleboarding",
        "surfing", "wakeboarding", "water_skiing", "kayaking", "rafting", "windsurfing", "kitesurfing", "tactical",
        "jumpmaster", "boxing", "floor_climbing",
    ]

    private static let subSports = [
        "generic", "treadmill", "street", "trail", "track", "spin", "indoor_cycling", "road", "mountain", "downhill",
        "recumbent", "cyclocross", "hand_cycling", "track_cycling", "indoor_rowing", "elliptical", "stair_climbing",
        "lap_swimming", "open_water", "flexibility_training", "strength_training", "warm_up", "match", "exercise",
        "challenge", "indoor_skiing", "cardio_training", "indoor_walking", "e_bike_fitness", "bmx", "casual_walking",
        "speed_walking", "bike_to_run_transition", "run_to_bike_transition", "swim_to_bike_transition", "atv",
        "motocross", "backcountry", "resort", "rc_drone", "wingsuit", "whitewater", "skate_skiing", "yoga", "pilates",
        "indoor_running",
    ]

    static func sport(_ id: Int?) -> String {
        guard let id else { return "unknown" }
        return sports.indices.contains(id) ? sports[id] : "sport-\(id)"
    }

    static func subSport(_ id: Int?) -> String {
        guard let id else { return "" }
        return subSports.indices.contains(id) ? subSports[id] : "sub_sport-\(id)"
    }
}
