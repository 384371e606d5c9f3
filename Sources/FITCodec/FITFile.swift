/// What the decoder got out of a buffer: every message decoded before any fatal problem,
/// non-fatal warnings (CRC mismatches) and the fatal error, if decoding stopped early.
public struct FITFile: Sendable {
    public var messages: [FITMessage]
    /// Problems that did not stop decoding, such as a file CRC mismatch.
    public var warnings: [FITError]
    /// Why decoding stopped before the end of the buffer; nil when the whole buffer was read.
    public var error: FITError?
    /// Number of FIT segments (chained files) whose header was read.
    public var segmentCount: Int
    /// Every developer field description, in file order.
    public var developerFields: [FITDeveloperFieldDescription]

    public init(messages: [FITMessage] = [], warnings: [FITError] = [], error: FITError? = nil, segmentCount: Int = 0,
                developerFields: [FITDeveloperFieldDescription] = []) {
        self.messages = messages
        self.warnings = warnings
        self.error = error
        self.segmentCount = segmentCount
        self.developerFields = developerFields
    }

    /// The messages with a given global number, in file order.
    public func messages(_ globalNumber: UInt16) -> [FITMessage] {
        messages.filter { $0.globalNumber == globalNumber }
    }
}

/// The visitor behind `FITDecoder.decode(_:)`: keeps every message with its valid fields.
struct FITFileBuilder: FITVisitor {
    var messages: [FITMessage] = []
    var developerFields: [FITDeveloperFieldDescription] = []

    mutating func message(_ m: FITRawMessage) {
        var fields: [FITField] = []
        fields.reserveCapacity(m.definition.fields.count)
        for i in m.definition.fields.indices {
            if let value = FITValueReader.value(m, at: i) {
                fields.append(FITField(number: m.definition.fields[i].number, value: value))
            }
        }
        var developer: [FITDeveloperField] = []
        for (i, field) in m.definition.developerFields.enumerated() {
            let description = m.developerDescriptions[UInt16(field.developerDataIndex) << 8 | UInt16(field.number)]
            let bytes = m.developerBytes(at: i)
            let type = description?.baseType ?? .byte
            if let value = FITValueReader.read(bytes, 0, bytes.count, type, bigEndian: m.definition.bigEndian) {
                developer.append(FITDeveloperField(developerDataIndex: field.developerDataIndex, number: field.number,
                                                   value: value, description: description))
            }
        }
        // Index and number come from the file: out-of-range values (a signed or 64-bit field) are no
        // description, as in FITDecoder.learnDeveloperField (a fuzz crasher converted them unchecked).
        if m.globalNumber == 206, let index = m.integer(0), let number = m.integer(1),
           (0...254).contains(index), (0...255).contains(number),
           let description = m.developerDescriptions[UInt16(index) << 8 | UInt16(number)] {
            developerFields.append(description)
        }
        if let resolved = m.resolvedTimestamp {
            // The time from a compressed header or timestamp_16 is the message's timestamp (field 253).
            fields.removeAll { $0.number == 253 }
            fields.append(FITField(number: 253, value: .integer(resolved)))
        }
        messages.append(FITMessage(globalNumber: m.globalNumber, offset: m.headerOffset, fields: fields,
                                   developerFields: developer, resolvedTimestamp: m.resolvedTimestamp, segment: m.segment))
    }
}
