/// One decoded data message: its global message number, its valid fields (raw) and its developer
/// fields.
public struct FITMessage: Sendable, Equatable {
    /// Global message number (profile `mesg_num`: 0 file_id, 18 session, 19 lap, 20 record, …).
    public var globalNumber: UInt16
    /// Byte offset of the record header in the decoded buffer.
    public var offset: Int
    public var fields: [FITField]
    /// Developer fields: raw values read with their description's base type (bytes when the
    /// description has not been seen).
    public var developerFields: [FITDeveloperField]
    /// Time (FIT seconds) from a compressed header or `timestamp_16`, which no field holds.
    public var resolvedTimestamp: Int64?
    /// Segment (chained file) index, from 0.
    public var segment: Int

    public init(globalNumber: UInt16, offset: Int, fields: [FITField], developerFields: [FITDeveloperField] = [],
                resolvedTimestamp: Int64? = nil, segment: Int = 0) {
        self.globalNumber = globalNumber
        self.offset = offset
        self.fields = fields
        self.developerFields = developerFields
        self.resolvedTimestamp = resolvedTimestamp
        self.segment = segment
    }

    /// The value of field `number`, nil when absent or invalid. A linear scan: messages hold few fields.
    /// Field 253 falls back to a resolved compressed/`timestamp_16` time.
    public subscript(number: UInt8) -> FITValue? {
        for field in fields where field.number == number { return field.value }
        if number == 253, let resolvedTimestamp { return .integer(resolvedTimestamp) }
        return nil
    }
}

/// A field number and its raw value.
public struct FITField: Sendable, Equatable {
    public var number: UInt8
    public var value: FITValue

    public init(number: UInt8, value: FITValue) {
        self.number = number
        self.value = value
    }
}

/// A developer field of a data message.
public struct FITDeveloperField: Sendable, Equatable {
    public var developerDataIndex: UInt8
    public var number: UInt8
    public var value: FITValue
    /// The description in force when the message was read; nil when it came later or never.
    public var description: FITDeveloperFieldDescription?
}
