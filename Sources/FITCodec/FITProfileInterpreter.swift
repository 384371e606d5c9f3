/// Turns data messages into `{field name: value}` objects the way garmin-fit-sdk's `Decoder.read()`
/// does under fit_reference.py's options (scale/offset applied, components expanded, sub-fields
/// beside their main field, enum names, dates as `{iso, fit}`), so `inspect --json` can be compared
/// with Garmin's SDK field by field.
///
/// Where the SDK is not the truth (../shared/fit-corpus/README.md) this follows the protocol:
/// NaN floats are absent, compressed timestamps are resolved, accumulators reset per segment.
public struct FITProfileInterpreter: FITVisitor {
    /// Messages to interpret (others are skipped cheaply); nil means all.
    public let wanted: Set<UInt16>?
    /// Interpreted messages in file order.
    public private(set) var messages: [(globalNumber: UInt16, fields: FITJSON)] = []
    /// (message << 8 | field) → (accumulated value, last raw value), per segment.
    var accumulators: [UInt32: (total: Int64, last: Int64)] = [:]
    /// Profile fields by (message index << 8 | field number): building one allocates its strings,
    /// so each is built once per interpreter, not once per message.
    private var profileCache: [Int64: FITProfile.Field?] = [:]

    mutating func profileField(_ message: Int32, _ number: UInt8) -> FITProfile.Field? {
        let key = Int64(message) << 8 | Int64(number)
        if let cached = profileCache[key] { return cached }
        let field = FITProfile.field(message: message, number: number)
        profileCache[key] = field
        return field
    }

    public init(wanted: Set<UInt16>? = nil) { self.wanted = wanted }

    public mutating func segmentStarted(index: Int, offset: Int) { accumulators = [:] }

    /// A field's raw value(s) as read: integers (nil = invalid element), floats, or strings.
    private enum Raw {
        case integers([Int64?], list: Bool)
        case floats([Double?], list: Bool)
        case strings([String])

        var scalarInteger: Int64? {
            if case .integers(let v, false) = self { return v.first ?? nil }
            return nil
        }
    }

    private struct Entry {
        var number: UInt8
        var raw: Raw
        /// Raw bit patterns (element width `bitsPerElement`) for component expansion.
        var bits: [UInt64]
        var bitsPerElement: Int
        /// The sub-field profile when this entry is a sub-field.
        var profile: FITProfile.Field?
        /// Set for component-expanded entries: their presented value, computed during expansion.
        var expanded: FITJSON?
    }

    public mutating func message(_ m: FITRawMessage) {
        if let wanted, !wanted.contains(m.globalNumber) { return }
        messages.append((m.globalNumber, interpret(m)))
    }

    mutating func interpret(_ m: FITRawMessage) -> FITJSON {
        let messageIndex = m.definition.profileIndex
        var entries: [String: Entry] = [:]
        var order: [String] = []
        var withSubfields: [String] = []
        var toExpand: [String] = []
        func put(_ name: String, _ entry: Entry) {
            if entries[name] == nil { order.append(name) }
            entries[name] = entry
        }

        for (i, field) in m.definition.fields.enumerated() {
            let profile = profileField(messageIndex, field.number)
            let name = profile?.name ?? String(field.number)
            guard let (raw, bits, width) = read(m, field) else { continue }
            put(name, Entry(number: field.number, raw: raw, bits: bits, bitsPerElement: width, profile: nil))
            guard let profile else { continue }
            if !profile.subfields.isEmpty { withSubfields.append(name) }
            if !profile.components.isEmpty { toExpand.append(name) }
            if profile.isAccumulated, case .integers(let values, _) = raw, let last = values.last(where: { $0 != nil }) ?? nil {
                accumulators[UInt32(m.globalNumber) << 8 | UInt32(profile.number)] = (last, last)
            }
            _ = i
        }

        // Sub-fields: added beside the main field when a reference field holds the selecting raw value.
        if messageIndex >= 0 {
            for name in withSubfields {
                guard let main = entries[name], let profile = profileField(messageIndex, main.number)
                else { continue }
                for (sub, selectors) in profile.subfields {
                    for selector in selectors {
                        guard let referenceName = profileField(messageIndex, selector.field)?.name,
                              let reference = entries[referenceName]?.raw.scalarInteger,
                              reference == Int64(selector.value) else { continue }
                        var entry = main
                        entry.profile = sub
                        put(sub.name, entry)
                        if !sub.components.isEmpty { toExpand.append(sub.name) }
                        break
                    }
                }
            }
        }

        // Components, last pushed first (as the SDK pops them); nested targets are pushed again.
        var expanded: [String: (raw: [Int64], values: [FITJSON], number: UInt8)] = [:]
        var expandedOrder: [String] = []
        var guardCount = 0
        while let name = toExpand.popLast(), guardCount < 256 {
            guardCount += 1
            var source: (bits: [UInt64], width: Int, profile: FITProfile.Field)?
            if let entry = entries[name] {
                guard let profile = entry.profile ?? profileField(messageIndex, entry.number) else { continue }
                source = (entry.bits, entry.bitsPerElement, profile)
            } else if let e = expanded[name], let profile = profileField(messageIndex, e.number) {
                source = (e.raw.map { UInt64(bitPattern: $0) }, profile.baseType.size * 8, profile)
            }
            guard let (bits, width, profile) = source, profile.kind == .numeric || profile.baseType.isByte,
                  !profile.components.isEmpty else { continue }
            let invalid = profile.baseType.invalidPattern & (width >= 64 ? .max : (1 << UInt64(width)) - 1)
            guard bits.contains(where: { $0 != invalid }) else { continue }
            var reader = BitReader(elements: bits, width: width)
            for component in profile.components {
                guard reader.available >= component.bits, component.bits > 0,
                      let target = profileField(messageIndex, component.target) else { break }
                var value = Int64(bitPattern: reader.read(component.bits))
                if target.isAccumulated {
                    let key = UInt32(m.globalNumber) << 8 | UInt32(target.number)
                    let mask: Int64 = component.bits >= 63 ? .max : (1 << Int64(component.bits)) - 1
                    var acc = accumulators[key] ?? (value, value)
                    acc.total += (value - acc.last) & mask
                    acc.last = value
                    accumulators[key] = acc
                    value = acc.total
                }
                let scaled = Double(value) / component.scale - component.offset
                let rawTarget = (scaled + target.offset) * target.scale
                let targetInvalid: Double = target.kind == .numeric ? Double(target.baseType.invalidPattern) : 255
                if expanded[target.name] == nil {
                    expanded[target.name] = ([], [], target.number)
                    expandedOrder.append(target.name)
                }
                expanded[target.name]?.raw.append(Int64(rawTarget.isFinite ? rawTarget.rounded(.towardZero) : 0))
                let presented: FITJSON
                if rawTarget == targetInvalid {
                    presented = .null
                } else if target.kind == .named || target.kind == .dateTime, scaled == scaled.rounded(), scaled >= 0,
                          scaled <= Double(UInt32.max), let name = FITProfile.enumName(type: target.typeIndex, value: UInt32(scaled)) {
                    presented = .string(name)
                } else {
                    presented = Self.number(scaled)
                }
                expanded[target.name]?.values.append(presented)
                if !target.components.isEmpty { toExpand.append(target.name) }
                if reader.available == 0 { break }
            }
        }

        var result: [(String, FITJSON)] = []
        result.reserveCapacity(order.count + expandedOrder.count + 1)
        for name in order where expanded[name] == nil {
            guard let entry = entries[name] else { continue }
            let profile = entry.profile ?? profileField(messageIndex, entry.number)
            result.append((name, Self.present(entry.raw, profile)))
        }
        for name in expandedOrder {
            guard let e = expanded[name] else { continue }
            result.append((name, e.values.count == 1 ? e.values[0] : .array(e.values)))
        }
        if let t = m.resolvedTimestamp, m.integer(253) == nil {
            result.removeAll { $0.0 == "timestamp" }
            result.append(("timestamp", Self.date(t)))
        }
        result.sort { $0.0 < $1.0 }
        return .object(result)
    }

    /// Reads one field like the SDK: a size that is not a multiple of the type is read as uint8s;
    /// all-invalid → absent; strings split at NULs; NaN floats absent (a README exception).
    private func read(_ m: FITRawMessage, _ field: FITDefinition.Field) -> (Raw, [UInt64], Int)? {
        guard field.size > 0 else { return nil }
        let type = field.size % field.baseType.size == 0 && field.baseType.number <= 0x10 ? field.baseType
            : (field.baseType.number <= 0x10 ? .uint8 : .byte)
        let start = m.dataOffset + field.offset
        if type.isString {
            guard let strings = FITValueReader.strings(UnsafeRawBufferPointer(rebasing: m.buffer[start..<start + field.size]))
            else { return nil }
            return (.strings(strings), [], 8)
        }
        let width = type.size
        let count = field.size / width
        var bits: [UInt64] = []
        bits.reserveCapacity(count)
        for i in 0..<count { bits.append(FITBytes.readUInt(m.buffer, start + i * width, width, bigEndian: m.definition.bigEndian)) }
        let invalid = type.invalidPattern
        if type.isFloat {
            let values: [Double?] = bits.map {
                let d = width == 4 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: $0))) : Double(bitPattern: $0)
                return $0 == invalid || d.isNaN ? nil : d
            }
            guard values.contains(where: { $0 != nil }) else { return nil }
            return (.floats(values, list: count > 1), bits, width * 8)
        }
        if type.isByte, count > 1 {
            // Byte arrays stay whole (invalid bytes included) unless every byte is invalid.
            guard bits.contains(where: { $0 != invalid }) else { return nil }
            return (.integers(bits.map { Int64($0) }, list: true), bits, 8)
        }
        let values: [Int64?] = bits.map { $0 == invalid ? nil : FITBytes.signExtended($0, type, size: width) }
        guard values.contains(where: { $0 != nil }) else { return nil }
        return (.integers(values, list: count > 1), bits, width * 8)
    }

    /// The SDK's transform: enum names for profile types, scale/offset for numeric types, dates.
    private static func present(_ raw: Raw, _ profile: FITProfile.Field?) -> FITJSON {
        switch raw {
        case .strings(let s): return s.count == 1 ? .string(s[0]) : .array(s.map(FITJSON.string))
        case .floats(let values, let list):
            let out = values.map { v -> FITJSON in
                guard let v else { return .null }
                guard let profile, profile.kind == .numeric else { return .double(v) }
                return .double((profile.scale != 1 ? v / profile.scale : v) - profile.offset)
            }
            return list && out.count != 1 ? .array(out) : out[0]
        case .integers(let values, let list):
            let out = values.map { v -> FITJSON in
                guard let v else { return .null }
                guard let profile else { return .integer(v) }
                switch profile.kind {
                case .numeric:
                    if profile.scale == 1 && profile.offset == 0 { return .integer(v) }
                    return .double((profile.scale != 1 ? Double(v) / profile.scale : Double(v)) - profile.offset)
                case .dateTime: return date(v)
                case .named:
                    if v >= 0, v <= Int64(UInt32.max), let name = FITProfile.enumName(type: profile.typeIndex, value: UInt32(v)) {
                        return .string(name)
                    }
                    return .integer(v)
                case .string, .raw: return .integer(v)
                }
            }
            return list && out.count != 1 ? .array(out) : out[0]
        }
    }

    static func number(_ v: Double) -> FITJSON {
        v == v.rounded() && abs(v) < 9e15 ? .integer(Int64(v)) : .double(v)
    }

    /// `{iso, fit}` as fit_reference.py writes dates.
    public static func date(_ fit: Int64) -> FITJSON {
        .object([("iso", .string(FITEpoch.iso8601(unix: FITEpoch.unix(fromFIT: fit)))), ("fit", .integer(fit))])
    }
}

/// Reads bit fields LSB-first across elements of `width` bits (the SDK's BitStream), so a
/// containing value may be wider than 64 bits (byte arrays).
struct BitReader {
    let elements: [UInt64]
    let width: Int
    private(set) var available: Int
    private var position = 0

    init(elements: [UInt64], width: Int) {
        self.elements = elements
        self.width = width
        available = elements.count * width
    }

    mutating func read(_ count: Int) -> UInt64 {
        var value: UInt64 = 0
        var produced = 0
        while produced < count, available > 0 {
            let element = elements[position / width]
            let bit = position % width
            let take = min(count - produced, width - bit)
            let mask: UInt64 = take >= 64 ? .max : (1 << UInt64(take)) - 1
            let chunk = (element >> UInt64(bit)) & mask
            if produced < 64 { value |= chunk << UInt64(produced) }
            produced += take
            position += take
            available -= take
        }
        return value
    }
}
