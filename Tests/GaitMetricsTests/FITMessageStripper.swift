import FITCodec

/// Removes every data message of some global numbers from a FIT file (each chained segment),
/// fixing data sizes and CRCs: a file "without session and lap messages" for the records-only test.
/// With `runningSport`, the first segment starts with a sport message saying running (local type
/// 15, defined before any of the file's own definitions), so that an importer that needs to know
/// the sport still can without any summary.
enum FITMessageStripper {
    static let runningSportMessage: [UInt8] = [0x4F, 0, 0, 12, 0, 2, 0, 1, 0x00, 1, 1, 0x00, 0x0F, 1, 0]

    static func strip(_ bytes: [UInt8], globals: Set<UInt16>, runningSport: Bool = false) -> [UInt8]? {
        var out: [UInt8] = []
        var at = 0
        while at + 12 <= bytes.count {
            let headerSize = Int(bytes[at])
            guard headerSize >= 12, at + headerSize <= bytes.count else { return nil }
            let dataSize = Int(bytes[at + 4]) | Int(bytes[at + 5]) << 8 | Int(bytes[at + 6]) << 16 | Int(bytes[at + 7]) << 24
            let dataStart = at + headerSize, dataEnd = dataStart + dataSize
            guard dataEnd + 2 <= bytes.count else { return nil }
            var data: [UInt8] = runningSport && out.isEmpty ? runningSportMessage : []
            var sizes: [Int: (global: UInt16, size: Int)] = [:]
            var i = dataStart
            while i < dataEnd {
                let h = bytes[i]
                let local: Int
                if h & 0x80 != 0 {
                    local = Int((h >> 5) & 0x03)  // compressed timestamp header
                } else if h & 0x40 != 0 {
                    let fieldCount = Int(bytes[i + 5])
                    var size = 0, length = 6 + 3 * fieldCount
                    for f in 0..<fieldCount { size += Int(bytes[i + 6 + 3 * f + 1]) }
                    if h & 0x20 != 0 {  // developer fields follow
                        let devCount = Int(bytes[i + length])
                        for f in 0..<devCount { size += Int(bytes[i + length + 1 + 3 * f + 1]) }
                        length += 1 + 3 * devCount
                    }
                    let bigEndian = bytes[i + 2] == 1
                    let global = bigEndian ? UInt16(bytes[i + 3]) << 8 | UInt16(bytes[i + 4]) : UInt16(bytes[i + 3]) | UInt16(bytes[i + 4]) << 8
                    sizes[Int(h & 0x0F)] = (global, size)
                    data += bytes[i..<(i + length)]
                    i += length
                    continue
                } else {
                    local = Int(h & 0x0F)
                }
                guard let definition = sizes[local] else { return nil }
                let end = i + 1 + definition.size
                if !globals.contains(definition.global) { data += bytes[i..<end] }
                i = end
            }
            var header = Array(bytes[at..<(at + headerSize)])
            let size = UInt32(data.count)
            for k in 0..<4 { header[4 + k] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(k))) }
            if headerSize >= 14 {
                let crc = FITCRC.compute(Array(header[0..<12]))
                header[12] = UInt8(crc & 0xFF)
                header[13] = UInt8(crc >> 8)
            }
            let segment = header + data
            let crc = FITCRC.compute(segment)
            out += segment + [UInt8(crc & 0xFF), UInt8(crc >> 8)]
            at = dataEnd + 2
        }
        return out
    }
}
