/// A developer field's description (field_description, message 206), as needed to read the
/// developer fields of later data messages: base type, name, units, scale/offset, native field.
public struct FITDeveloperFieldDescription: Sendable, Equatable {
    public var developerDataIndex: UInt8
    public var fieldNumber: UInt8
    public var baseType: FITBaseType
    public var name: String
    public var units: String
    /// Scale and offset from the description (1 and 0 when absent).
    public var scale: Double
    public var offset: Double
    /// The native message and field this developer field stands for, when declared.
    public var nativeMessage: UInt16?
    public var nativeField: UInt8?
    /// Position of the description among the segment's field_description messages (the SDK's key).
    public var key: Int

    public init(developerDataIndex: UInt8, fieldNumber: UInt8, baseType: FITBaseType, name: String = "",
                units: String = "", scale: Double = 1, offset: Double = 0, nativeMessage: UInt16? = nil,
                nativeField: UInt8? = nil, key: Int = 0) {
        self.developerDataIndex = developerDataIndex
        self.fieldNumber = fieldNumber
        self.baseType = baseType
        self.name = name
        self.units = units
        self.scale = scale
        self.offset = offset
        self.nativeMessage = nativeMessage
        self.nativeField = nativeField
        self.key = key
    }
}
