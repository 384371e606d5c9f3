import CLibXML2
import Foundation

/// A GPX or TCX file that cannot be read (or broke off): the line libxml2 reached and what was wrong.
struct XMLRunFileError: Error {
    var line: Int
    var message: String
}

/// The element walk GPX and TCX share, on libxml2's streaming reader (xmlTextReader): one node at a
/// time, never a tree of the whole file, so a 50 MB TCX costs its points, not a DOM.
enum XMLRunFileReader {
    /// How a walk ended early.
    enum Stop: Error {
        /// The XML broke off or is malformed at this line (a truncated sync): what came before it stands.
        case brokeOff(XMLRunFileError)
        /// Not this format at all (empty, not XML, another root element): nothing is usable.
        case unusable(XMLRunFileError)
    }

    /// Walks the elements of `data` in document order. `open` sees each start tag (its local name —
    /// any namespace prefix — and the reader, for attributes) and may refuse the file; `close` sees
    /// each end tag with the local names of its open ancestors and its trimmed text. An empty
    /// element (`<x/>`) is opened and closed. Whitespace before `<?xml` is skipped: Strava writes
    /// some, and libxml2, like every strict parser, rejects it. Returns nil when the whole file was read.
    static func walk(_ data: [UInt8], open: (_ name: String, _ reader: xmlTextReaderPtr, _ path: [String]) -> XMLRunFileError?,
                     close: (_ name: String, _ path: [String], _ text: String) -> Void) -> Stop? {
        let start = data.firstIndex { !(0x20 == $0 || 0x09 == $0 || 0x0A == $0 || 0x0D == $0) } ?? data.endIndex
        let body = Array(data[start...])
        guard !body.isEmpty else { return .unusable(XMLRunFileError(line: 1, message: "empty file")) }
        return body.withUnsafeBufferPointer { buffer -> Stop? in
            guard let reader = buffer.baseAddress.flatMap({ base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReaderForMemory($0, Int32(buffer.count), nil, nil,
                                       Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
                }
            }) else { return .unusable(XMLRunFileError(line: 1, message: "not XML")) }
            defer { xmlFreeTextReader(reader) }
            var path: [String] = []  // local names of the open elements
            var text: [UInt8] = []
            text.reserveCapacity(64)
            var sawRoot = false
            // Element names come from the parser's dictionary (xmlTextReaderSetup sets dictNames: "use
            // the parser dictionary to allocate all elements and attributes names"; we never pass
            // XML_PARSE_NODICT): one pointer per name for the whole document, so each distinct name
            // becomes a Swift String once.
            var names: [UnsafePointer<xmlChar>: String] = [:]
            while true {
                let status = xmlTextReaderRead(reader)
                if status == 0 { return nil }
                guard status == 1 else {
                    let error = XMLRunFileError(line: Int(xmlTextReaderGetParserLineNumber(reader)), message: "malformed XML")
                    return sawRoot ? .brokeOff(error) : .unusable(error)
                }
                switch xmlTextReaderNodeType(reader) {
                case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                    let name = xmlTextReaderConstLocalName(reader).map { pointer in
                        if let known = names[pointer] { return known }
                        let new = String(cString: pointer)
                        names[pointer] = new
                        return new
                    } ?? ""
                    if let refusal = open(name, reader, path) { return .unusable(refusal) }
                    sawRoot = true
                    text.removeAll(keepingCapacity: true)
                    if xmlTextReaderIsEmptyElement(reader) == 0 { path.append(name) } else { close(name, path, "") }
                case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                    if let value = xmlTextReaderConstValue(reader) {
                        text.append(contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
                    }
                case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                    guard let name = path.popLast() else { break }
                    close(name, path, trimmed(text))
                    text.removeAll(keepingCapacity: true)
                default:
                    break
                }
            }
        }
    }

    /// The text without the XML whitespace (space, tab, CR, LF) around it. Byte-wise: Foundation's
    /// trimmingCharacters(in:) went through NSString and UTF-16 for every value.
    private static func trimmed(_ bytes: [UInt8]) -> String {
        func space(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard let first = bytes.firstIndex(where: { !space($0) }), let last = bytes.lastIndex(where: { !space($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    /// The line the reader has reached, for messages.
    static func line(_ reader: xmlTextReaderPtr) -> Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// An attribute of the current start tag, by name.
    static func attribute(_ reader: xmlTextReaderPtr, _ name: String) -> String? {
        let value = name.withCString { c in
            c.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlTextReaderGetAttribute(reader, $0) }
        }
        guard let value else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }
}
