/// RFC 4180 field quoting: a field holding a comma, quote, CR or LF is wrapped in quotes with
/// inner quotes doubled (run ids are file paths and may hold any of these).
enum CSVField {
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        else { return field }
        return "\"" + String(field.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
    }

    /// One record without its newline.
    static func row(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",")
    }
}
