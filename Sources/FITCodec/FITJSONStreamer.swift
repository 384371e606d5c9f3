import CFITProfile

/// Writes `inspect --json` straight from the file's bytes: each definition is compiled once into a
/// `FITJSONPlan` (keys pre-encoded and sorted, presentation chosen, components resolved to bit
/// ranges), and every data message of that definition is then written without building a value
/// tree, so decoding allocates per definition, not per field.
///
/// Definitions the plan does not cover (strings, arrays, sub-fields, accumulated or nested
/// components, …) go through `FITProfileInterpreter.interpret`, whose text is the reference: a test
/// checks that both give the same bytes on every corpus file.
public struct FITJSONStreamer: FITVisitor {
    /// The messages written, with their keys, in output order.
    let kinds: [(number: UInt16, key: String)]
    /// One buffer per kind (the output groups messages by kind, the file interleaves them).
    let outputs: [FITJSONOutput]
    /// `kinds`' message numbers (searching the tuples would retain and release their keys).
    private let numbers: [UInt16]
    private var counts: [Int]
    /// Messages of this number are counted, not written (`countedMessages`).
    private let counted: UInt16?
    private(set) var countedMessages = 0
    /// When set, a kind's buffer is handed over and emptied whenever it passes `chunkBytes`.
    var chunkSink: ((UnsafeRawBufferPointer) -> Void)?
    static let chunkBytes = 1 << 20
    private var interpreter = FITProfileInterpreter()
    /// Compiled plans by definition (a strong reference keeps the identifier from being reused).
    private var plans: [ObjectIdentifier: (definition: FITDefinition, plan: FITJSONPlan?)] = [:]
    /// The plan of the previous message: a run of records shares one definition.
    private var lastDefinition: ObjectIdentifier?
    private var lastPlan: FITJSONPlan?

    init(kinds: [(number: UInt16, key: String)], counting counted: UInt16? = nil) {
        self.kinds = kinds
        numbers = kinds.map(\.number)
        self.counted = counted
        outputs = kinds.map { _ in FITJSONOutput(capacity: Self.chunkBytes + 64 * 1024) }
        counts = kinds.map { _ in 0 }
    }

    public mutating func segmentStarted(index: Int, offset: Int) { interpreter.segmentStarted(index: index, offset: offset) }

    public mutating func message(_ m: FITRawMessage) {
        guard let kind = numbers.firstIndex(of: m.globalNumber) else {
            if m.globalNumber == counted { countedMessages += 1 }
            return
        }
        let out = outputs[kind]
        if counts[kind] > 0 { out.append(", ") }
        counts[kind] += 1
        let id = ObjectIdentifier(m.definition)
        if lastDefinition != id {
            // `plans` keeps every definition alive, so an identifier is never reused for another.
            if let cached = plans[id] {
                lastPlan = cached.plan
            } else {
                lastPlan = FITJSONPlan(m.definition, interpreter: &interpreter)
                plans[id] = (m.definition, lastPlan)
            }
            lastDefinition = id
        }
        if let plan = lastPlan {
            plan.write(m, to: out, accumulators: &interpreter.accumulators)
        } else {
            interpreter.interpret(m).write(to: out)
        }
        if let chunkSink, out.count >= Self.chunkBytes {
            chunkSink(out.bytes)
            out.removeAll()
        }
    }

    /// `"file_id": [...], ...` for the kinds seen, in `kinds` order; false when there were none.
    func writeGroups(into output: FITJSONOutput) -> Bool {
        var first = true
        for (i, kind) in kinds.enumerated() where counts[i] > 0 {
            if !first { output.append(", ") }
            first = false
            output.string(kind.key)
            output.append(": [")
            output.append(outputs[i].bytes)
            output.byte(UInt8(ascii: "]"))
        }
        return !first
    }
}

/// How one definition's data messages are written: the present fields as `FITProfileInterpreter`
/// presents them, keys sorted. Nil from `init` when the definition needs the general interpreter.
final class FITJSONPlan {
    /// Where a scalar field sits and how its value is presented.
    struct Reader {
        var offset: Int
        var width: Int
        var bigEndian: Bool
        var type: FITBaseType
        var presentation: Presentation
        /// Accumulator key when the profile field is accumulated (the interpreter's side effect).
        var accumulator: UInt32?
        /// The base type's properties, looked up once per definition.
        var invalid: UInt64
        var isFloat: Bool
        var isSigned: Bool

        init(offset: Int, width: Int, bigEndian: Bool, type: FITBaseType, presentation: Presentation, accumulator: UInt32?) {
            self.offset = offset
            self.width = width
            self.bigEndian = bigEndian
            self.type = type
            self.presentation = presentation
            self.accumulator = accumulator
            invalid = type.invalidPattern
            isFloat = type.isFloat
            isSigned = type.isSigned
        }

        /// The raw bits, nil for the invalid pattern (and NaN floats).
        @inline(__always)
        func read(_ m: FITRawMessage) -> UInt64? {
            let raw = FITBytes.readUInt(m.buffer, m.dataOffset + offset, width, bigEndian: bigEndian)
            guard raw != invalid else { return nil }
            if isFloat, FITJSONPlan.float(raw, width).isNaN { return nil }
            return raw
        }

        /// The raw bits as a signed or unsigned integer.
        @inline(__always)
        func integer(_ raw: UInt64) -> Int64 {
            guard isSigned, width < 8 else { return Int64(bitPattern: raw) }
            let shift = UInt64(64 - 8 * width)
            return Int64(bitPattern: raw << shift) >> Int64(shift)
        }
    }

    enum Presentation {
        case integer
        /// raw / 10^decimals, offset 0.
        case decimal(decimals: Int, power: Int64, scale: Double)
        case scaled(scale: Double, offset: Double)
        case date
        case enumName(type: Int32)
        case float
        case floatScaled(scale: Double, offset: Double)
    }

    enum Item {
        case field(Reader)
        /// A component of a valid source; else the native field of the same name, if any.
        case expanded(source: Reader, shift: UInt64, mask: UInt64, scale: Double, offset: Double,
                      targetScale: Double, targetOffset: Double, targetInvalid: Double, native: Reader?)
        /// `timestamp`: the field when valid, else the time from a compressed header / timestamp_16.
        case timestamp(native: Reader?)
    }

    /// Keys pre-encoded as `"name": `, sorted as the interpreter sorts them, back to back in one
    /// buffer (an array per key would be retained and released for every field written).
    private let keyBytes: FITJSONOutput
    private let keyRanges: [(start: Int, count: Int)]
    private let items: [Item]

    init?(_ definition: FITDefinition, interpreter: inout FITProfileInterpreter) {
        let message = definition.profileIndex
        var named: [String: Item] = [:]
        var readers: [String: (reader: Reader, profile: FITProfile.Field?)] = [:]
        var sources: [(Reader, FITProfile.Field)] = []
        for field in definition.fields where field.size > 0 {
            let profile = interpreter.profileField(message, field.number)
            let name = profile?.name ?? String(field.number)
            let type = field.baseType
            // Strings, byte/unknown types, arrays and sizes that are not one value: the interpreter.
            guard type.number <= 0x10, !type.isString, !type.isByte, field.size == type.size,
                  readers[name] == nil, profile?.subfields.isEmpty ?? true else { return nil }
            guard let presentation = Self.presentation(type, profile) else { return nil }
            var accumulator: UInt32?
            if let profile, profile.isAccumulated, !type.isFloat {
                accumulator = UInt32(definition.globalNumber) << 8 | UInt32(profile.number)
            }
            let reader = Reader(offset: field.offset, width: type.size, bigEndian: definition.bigEndian, type: type,
                                presentation: presentation, accumulator: accumulator)
            readers[name] = (reader, profile)
            if let profile, !profile.components.isEmpty { sources.append((reader, profile)) }
        }
        for (name, (reader, profile)) in readers {
            // Field 253 under another name (a profile without it) would clash with the resolved time.
            if profile == nil, name == "253" { return nil }
            if name == "timestamp" {
                guard profile?.number == 253, case .date = reader.presentation, !reader.type.isFloat else { return nil }
                named[name] = .timestamp(native: reader)
            } else {
                named[name] = .field(reader)
            }
        }
        if named["timestamp"] == nil { named["timestamp"] = .timestamp(native: nil) }

        // Components: one scalar numeric source, each target numeric, not accumulated, not expanded
        // further, fed by one component only; the bits read are fixed by the widths.
        var targets = Set<String>()
        for (source, profile) in sources {
            guard profile.kind == .numeric, profile.baseType.number == source.type.number, !source.type.isFloat
            else { return nil }
            var available = source.width * 8
            var position = 0
            for component in profile.components {
                guard available >= component.bits, component.bits > 0,
                      let target = interpreter.profileField(message, component.target) else { break }
                guard target.kind == .numeric, !target.isAccumulated, target.components.isEmpty,
                      target.name != "timestamp", !targets.contains(target.name),
                      !sources.contains(where: { $0.1.name == target.name }) else { return nil }
                targets.insert(target.name)
                var native: Reader?
                if let existing = named[target.name] {
                    guard case .field(let reader) = existing else { return nil }
                    native = reader
                }
                named[target.name] = .expanded(
                    source: source, shift: UInt64(position),
                    mask: component.bits >= 64 ? .max : (1 << UInt64(component.bits)) - 1,
                    scale: component.scale, offset: component.offset, targetScale: target.scale,
                    targetOffset: target.offset, targetInvalid: Double(target.baseType.invalidPattern), native: native)
                position += component.bits
                available -= component.bits
                if available == 0 { break }
            }
        }
        let sorted = named.sorted { $0.key < $1.key }
        let keyBytes = FITJSONOutput(capacity: 256)
        keyRanges = sorted.map { entry in
            let start = keyBytes.count
            keyBytes.string(entry.key)
            keyBytes.append(": ")
            return (start, keyBytes.count - start)
        }
        self.keyBytes = keyBytes
        items = sorted.map(\.value)
    }

    private static func presentation(_ type: FITBaseType, _ profile: FITProfile.Field?) -> Presentation? {
        if type.isFloat {
            guard let profile, profile.kind == .numeric else { return .float }
            return .floatScaled(scale: profile.scale, offset: profile.offset)
        }
        guard let profile else { return .integer }
        switch profile.kind {
        case .numeric:
            if profile.scale == 1 && profile.offset == 0 { return .integer }
            if profile.offset == 0, let decimals = [10.0, 100, 1000, 10_000].firstIndex(of: profile.scale) {
                return .decimal(decimals: decimals + 1, power: Int64(profile.scale), scale: profile.scale)
            }
            return .scaled(scale: profile.scale, offset: profile.offset)
        case .dateTime: return .date
        case .named: return .enumName(type: profile.typeIndex)
        case .string, .raw: return .integer
        }
    }

    @inline(__always)
    static func float(_ raw: UInt64, _ width: Int) -> Double {
        width == 4 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: raw))) : Double(bitPattern: raw)
    }

    func write(_ m: FITRawMessage, to out: FITJSONOutput, accumulators: inout [UInt32: (total: Int64, last: Int64)]) {
        let allKeys = keyBytes.bytes
        out.byte(UInt8(ascii: "{"))
        var first = true
        for i in items.indices {
            switch items[i] {
            case .field(let reader):
                guard let raw = reader.read(m) else { continue }
                Self.key(allKeys, keyRanges[i], &first, out)
                Self.present(raw, reader, out, &accumulators)
            case .timestamp(let native):
                if let native, let raw = native.read(m) {
                    Self.key(allKeys, keyRanges[i], &first, out)
                    Self.present(raw, native, out, &accumulators)
                } else if let resolved = m.resolvedTimestamp {
                    Self.key(allKeys, keyRanges[i], &first, out)
                    out.date(fit: resolved)
                }
            case .expanded(let source, let shift, let mask, let scale, let offset, let targetScale, let targetOffset,
                           let targetInvalid, let native):
                if let raw = source.read(m) {
                    Self.key(allKeys, keyRanges[i], &first, out)
                    // As FITProfileInterpreter: the component scaled, null when it maps back to the
                    // target's invalid value, a whole number written as an integer.
                    let scaled = Double(Int64(bitPattern: (raw >> shift) & mask)) / scale - offset
                    if (scaled + targetOffset) * targetScale == targetInvalid {
                        out.append("null")
                    } else if scaled == scaled.rounded(), abs(scaled) < 9e15 {
                        out.integer(Int64(scaled))
                    } else {
                        out.double(scaled)
                    }
                } else if let native, let raw = native.read(m) {
                    Self.key(allKeys, keyRanges[i], &first, out)
                    Self.present(raw, native, out, &accumulators)
                }
            }
        }
        out.byte(UInt8(ascii: "}"))
    }

    @inline(__always)
    private static func key(_ keys: UnsafeRawBufferPointer, _ range: (start: Int, count: Int), _ first: inout Bool,
                            _ out: FITJSONOutput) {
        if !first { out.append(", ") }
        first = false
        out.append(UnsafeRawBufferPointer(rebasing: keys[range.start..<range.start + range.count]))
    }

    @inline(__always)
    private static func present(_ raw: UInt64, _ reader: Reader, _ out: FITJSONOutput,
                                _ accumulators: inout [UInt32: (total: Int64, last: Int64)]) {
        if case .float = reader.presentation { out.double(float(raw, reader.width)); return }
        if case .floatScaled(let scale, let offset) = reader.presentation {
            let d = float(raw, reader.width)
            out.double((scale != 1 ? d / scale : d) - offset)
            return
        }
        let v = reader.integer(raw)
        if let key = reader.accumulator { accumulators[key] = (v, v) }
        switch reader.presentation {
        case .integer: out.integer(v)
        case .decimal(let decimals, let power, let scale):
            if v.magnitude < 1_000_000_000_000_000 {
                out.scaledDecimal(v, decimals: decimals, power: power)
            } else {
                out.double(Double(v) / scale)
            }
        case .scaled(let scale, let offset): out.double((scale != 1 ? Double(v) / scale : Double(v)) - offset)
        case .date: out.date(fit: v)
        case .enumName(let type):
            if v >= 0, v <= Int64(UInt32.max), let name = cfit_type_value_name(type, UInt32(v)) {
                var length = 0
                while name[length] != 0 { length += 1 }
                out.string(UnsafeRawBufferPointer(start: name, count: length))
            } else {
                out.integer(v)
            }
        case .float, .floatScaled: break
        }
    }
}
