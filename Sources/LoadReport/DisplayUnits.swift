/// Distance units for the HTML report only (param `units`); CSV and JSON always use metres and km
/// so that files from different params stay comparable.
enum DisplayUnits: String {
    case km, mi

    init(param: String) { self = DisplayUnits(rawValue: param) ?? .km }

    /// Kilometres per display unit (1 mi = 1.609344 km exactly, by international agreement of 1959).
    private var kmPerUnit: Double { self == .km ? 1 : 1.609_344 }

    func fromKm(_ km: Double) -> Double { km / kmPerUnit }

    /// "12.3 km" / "7.6 mi".
    func text(km: Double, places: Int = 1) -> String { "\(FixedDecimal.string(fromKm(km), places)) \(rawValue)" }
}
