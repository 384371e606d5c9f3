import CFITProfile

/// Garmin's FIT profile (generated C tables, see scripts/fit-profile/generate.py): message and field
/// names, scales, units, components, sub-fields and enum names.
public enum FITProfile {
    /// How a field's raw value is presented (mirrors CFIT_KIND_*).
    public enum Kind: UInt8, Sendable {
        case numeric = 0, named = 1, dateTime = 2, string = 3, raw = 4
    }

    /// A component: `bits` bits of the containing value go to field `target`, scaled.
    public struct Component: Sendable {
        public let target: UInt8
        public let bits: Int
        public let scale: Double
        public let offset: Double
    }

    /// A field or a sub-field: its name and how to present its value.
    public struct Field: Sendable {
        public let name: String
        public let number: UInt8
        public let kind: Kind
        public let typeIndex: Int32
        public let baseType: FITBaseType
        public let scale: Double
        public let offset: Double
        public let units: String
        public let isAccumulated: Bool
        public let components: [Component]
        /// Sub-fields with the (reference field, raw value) pairs that select each.
        public let subfields: [(field: Field, selectors: [(field: UInt8, value: UInt32)])]
    }

    /// Profile version, e.g. "21.218".
    public static var version: String { "\(cfit_profile_version / 1000).\(cfit_profile_version % 1000)" }

    /// Index of a global message number in the tables, -1 when the profile lacks it.
    public static func messageIndex(_ globalNumber: UInt16) -> Int32 { cfit_message_find(globalNumber) }

    public static func messageName(_ index: Int32) -> String? {
        guard index >= 0, UInt32(index) < cfit_messages_count else { return nil }
        return String(cString: cfit_messages[Int(index)].name)
    }

    /// The profile field `number` of message `index`, nil when unknown.
    public static func field(message index: Int32, number: UInt8) -> Field? {
        guard index >= 0, UInt32(index) < cfit_messages_count else { return nil }
        let slot = cfit_field_lookup[Int(index) * 256 + Int(number)]
        guard slot != 0xFFFF else { return nil }
        return makeField(cfit_fields[Int(slot)])
    }

    /// Field number of the message's `timestamp_16` field, if it has one.
    static func timestamp16Number(message index: Int32) -> UInt8? {
        guard index >= 0, UInt32(index) < cfit_messages_count else { return nil }
        let message = cfit_messages[Int(index)]
        for i in Int(message.first_field)..<Int(message.first_field + message.field_count)
        where strcmpEqual(cfit_fields[i].name, "timestamp_16") {
            return cfit_fields[i].num
        }
        return nil
    }

    /// The enum name of `value` in profile type `typeIndex`.
    public static func enumName(type typeIndex: Int32, value: UInt32) -> String? {
        cfit_type_value_name(typeIndex, value).map { String(cString: $0) }
    }

    /// The enum name of `value` in the profile type called `type` ("sport", "manufacturer", …).
    public static func enumName(_ type: String, _ value: Int) -> String? {
        guard value >= 0, value <= Int(UInt32.max) else { return nil }
        return enumName(type: cfit_type_find(type), value: UInt32(value))
    }

    private static func strcmpEqual(_ a: UnsafePointer<CChar>?, _ b: StaticString) -> Bool {
        guard let a else { return false }
        return b.withUTF8Buffer { expected in
            var i = 0
            while i < expected.count {
                guard UInt8(bitPattern: a[i]) == expected[i] else { return false }
                i += 1
            }
            return a[i] == 0
        }
    }

    private static func components(_ first: UInt32, _ count: UInt32) -> [Component] {
        (Int(first)..<Int(first + count)).map {
            let c = cfit_components[$0]
            return Component(target: c.target, bits: Int(c.bits), scale: c.scale, offset: c.offset)
        }
    }

    private static func makeField(_ f: cfit_field) -> Field {
        let subfields = (Int(f.first_subfield)..<Int(f.first_subfield + f.subfield_count)).map { i in
            let s = cfit_subfields[i]
            let selectors = (Int(s.first_map)..<Int(s.first_map + s.map_count)).map {
                (field: cfit_subfield_maps[$0].ref_field, value: cfit_subfield_maps[$0].raw_value)
            }
            let field = Field(name: String(cString: s.name), number: f.num, kind: Kind(rawValue: s.kind) ?? .raw,
                              typeIndex: s.type_index, baseType: FITBaseType(rawValue: f.base_type), scale: s.scale,
                              offset: s.offset, units: s.units.map { String(cString: $0) } ?? "",
                              isAccumulated: false, components: components(s.first_component, s.component_count),
                              subfields: [])
            return (field: field, selectors: selectors)
        }
        return Field(name: String(cString: f.name), number: f.num, kind: Kind(rawValue: f.kind) ?? .raw,
                     typeIndex: f.type_index, baseType: FITBaseType(rawValue: f.base_type), scale: f.scale,
                     offset: f.offset, units: f.units.map { String(cString: $0) } ?? "",
                     isAccumulated: f.accumulated != 0,
                     components: components(f.first_component, f.component_count), subfields: subfields)
    }
}
