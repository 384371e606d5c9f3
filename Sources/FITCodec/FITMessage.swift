/// One decoded data message: its global message number and its valid fields, raw.
/// Developer fields are skipped by size and not kept.
public struct FITMessage: Sendable, Equatable {
    /// Global message number (profile `mesg_num`: 0 file_id, 18 session, 19 lap, 20 record, …).
    public var globalNumber: UInt16
    /// Byte offset of the record header in the decoded buffer.
    public var offset: Int
    public var fields: [FITField]

    public init(globalNumber: UInt16, offset: Int, fields: [FITField]) {
        self.globalNumber = globalNumber
        self.offset = offset
        self.fields = fields
    }

    /// The value of field `number`, nil when absent or invalid. A linear scan: messages hold few fields.
    public subscript(number: UInt8) -> FITValue? {
        for field in fields where field.number == number { return field.value }
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
