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
        /// How `FITRawMessage.raw(at:)` reads the first value, worked out once per definition rather
        /// than per message: bytes to read (0: the field holds no whole value) and the invalid pattern.
        let readSize: Int
        let readInvalid: UInt64
        /// Bytes of the value as read, for sign extension; the base type is a float (32-bit) / signed.
        let valueSize: Int
        let isFloat: Bool
        let isFloat32: Bool
        let isSigned: Bool

        init(number: UInt8, size: Int, baseType: FITBaseType, offset: Int) {
            self.number = number
            self.size = size
            self.baseType = baseType
            self.offset = offset
            let width = baseType.size
            if size >= width, size % width == 0 {
                readSize = width
                readInvalid = baseType.invalidPattern
            } else if size > 0, size < width {
                // A field narrower than its type (COROS: uint32 of size 1) is read as its own bytes.
                readSize = size == 2 ? 2 : 1
                readInvalid = size == 2 ? 0xFFFF : 0xFF
            } else {
                readSize = 0
                readInvalid = 0
            }
            valueSize = min(width, size)
            isFloat = baseType.isFloat
            isFloat32 = width == 4
            isSigned = baseType.isSigned
        }
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
