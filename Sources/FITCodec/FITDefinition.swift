/// A definition message as the decoder uses it: where each field sits in the data messages that
/// follow, plus the profile lookups done once per definition (never per message).
///
/// A class so that every data message of a local type shares one allocation (the issue's
/// "decoding allocates per definition, not per record field").
public final class FITDefinition: Sendable {
    /// One field of the definition.
    public struct Field: Sendable {
        public let number: UInt8
        /// Declared size in bytes (may not be a multiple of the base type's size).
        public let size: Int
        public let baseType: FITBaseType
        /// Offset from the first byte after the record header.
        public let offset: Int
    }

    /// One developer field of the definition (FIT 2.0).
    public struct DeveloperField: Sendable {
        public let number: UInt8
        public let size: Int
        public let developerDataIndex: UInt8
        public let offset: Int
    }

    public let globalNumber: UInt16
    public let bigEndian: Bool
    public let fields: [Field]
    public let developerFields: [DeveloperField]
    /// Bytes of one data message after its header.
    public let size: Int
    /// Index of the message in the generated profile, or -1 for messages it does not know.
    public let profileIndex: Int32
    /// Field number → index into `fields` (0xFF: absent). 256 bytes, so lookups cost one load.
    private let slots: [UInt8]
    /// Index into `fields` of the profile's `timestamp_16` field, when this message has one.
    public let timestamp16Index: Int?

    init(globalNumber: UInt16, bigEndian: Bool, fields: [Field], developerFields: [DeveloperField], size: Int) {
        self.globalNumber = globalNumber
        self.bigEndian = bigEndian
        self.fields = fields
        self.developerFields = developerFields
        self.size = size
        profileIndex = FITProfile.messageIndex(globalNumber)
        var slots = [UInt8](repeating: 0xFF, count: 256)
        // When a writer repeats a field number the first one wins, like a linear scan would.
        for (i, field) in fields.enumerated().reversed() where i < 0xFF { slots[Int(field.number)] = UInt8(i) }
        self.slots = slots
        timestamp16Index = FITProfile.timestamp16Number(message: profileIndex).flatMap {
            slots[Int($0)] == 0xFF ? nil : Int(slots[Int($0)])
        }
    }

    /// The index into `fields` of field `number`, nil when the definition lacks it.
    @inline(__always)
    public func index(of number: UInt8) -> Int? {
        let slot = slots[Int(number)]
        return slot == 0xFF ? nil : Int(slot)
    }
}
