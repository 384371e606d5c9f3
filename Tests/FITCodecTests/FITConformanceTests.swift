import FITCodec
import Foundation
import Testing

/// Every corpus file against garmin-fit-sdk's decoding of it (reference/NAME.json.gz): the record, lap
/// and session messages (plus file_id and device_info) field by field, relative tolerance 1e-9,
/// under the README's documented exceptions (NaN floats absent here). Files that do not pass must be
/// in conformance-allowlist.txt with a reason; an allow-listed file that passes fails the test, so
/// the list only shrinks.
@Suite(.enabled(if: Corpus.existsOrRequired, "needs ../shared/fit-corpus (present in CI)"))
struct FITConformanceTests {
    static let kinds = ["file_id", "device_info", "session", "lap", "record"]

    /// `name: reason` lines; `#` comments.
    static func allowList() throws -> [String: String] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("conformance-allowlist.txt")
        var list: [String: String] = [:]
        for line in try String(contentsOf: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let reason = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            #expect(!reason.isEmpty, "allow-list entry '\(line)' needs a reason")
            list[String(line[..<colon])] = reason
        }
        return list
    }

    /// Corpus path → reference name (`garmin-sdk/X.fit` → `garmin-sdk__X`).
    static func referenceName(_ path: String) -> String {
        String(path.dropLast(4)).replacingOccurrences(of: "/", with: "__")
    }

    /// The first difference between our value and the SDK's, nil when they agree.
    static func difference(_ ours: FITJSON?, _ theirs: Any) -> String? {
        if let s = theirs as? String, ["NaN", "Infinity", "-Infinity"].contains(s) { return nil }  // README: NaN is absent
        guard let ours else { return "missing (SDK: \(theirs))" }
        switch (ours, theirs) {
        case (.string(let a), let b as String): return a == b ? nil : "\(a) ≠ \(b)"
        case (_, let b as NSNumber):
            guard let a = ours.number else { return "\(ours.text) ≠ \(b)" }
            let d = b.doubleValue
            return abs(a - d) <= 1e-9 * max(abs(a), abs(d)) || a == d ? nil : "\(a) ≠ \(d)"
        case (.object, let b as [String: Any]):
            return difference(ours["fit"], b["fit"] ?? NSNull())
        case (.array(let a), let b as [Any]):
            guard a.count == b.count else { return "\(a.count) elements ≠ \(b.count)" }
            for (x, y) in zip(a, b) { if let d = difference(x, y) { return d } }
            return nil
        case (.null, is NSNull): return nil
        default: return "\(ours.text) ≠ \(theirs)"
        }
    }

    /// Problems decoding `path` compared with its reference; empty when it conforms.
    static func compare(_ path: String) throws -> [String] {
        let reference = try Corpus.reference(referenceName(path))
        let (ours, _) = try Corpus.bytes(path).withUnsafeBytes { FITInspector.json($0) }
        let sdkFailed = !((reference["errors"] as? [Any])?.isEmpty ?? true)
        var problems: [String] = []
        for kind in kinds {
            let theirs = reference[kind] as? [[String: Any]] ?? []
            guard case .array(let mine) = ours[kind] ?? .array([]) else { continue }
            // The SDK stops at its first error; we must salvage at least as much.
            if sdkFailed ? mine.count < theirs.count : mine.count != theirs.count {
                problems.append("\(kind): \(mine.count) messages, SDK \(theirs.count)")
            }
            for (i, (a, b)) in zip(mine, theirs).enumerated() {
                for (field, value) in b where field != "developer_fields" {
                    if let d = difference(a[field], value) { problems.append("\(kind)[\(i)].\(field): \(d)") }
                }
                if case .object(let pairs) = a {
                    for (field, _) in pairs where b[field] == nil { problems.append("\(kind)[\(i)].\(field): extra field") }
                }
                if problems.count > 5 { return problems }
            }
        }
        return problems
    }

    @Test func everyFileMatchesGarminsSDKOrIsAllowListed() throws {
        let allowed = try Self.allowList()
        var table: [String] = []
        var failures: [String] = []
        for path in Corpus.fitFiles {
            let problems = try Self.compare(path)
            let listed = allowed[path] != nil
            table.append("\(problems.isEmpty ? "pass" : listed ? "allow" : "FAIL")  \(path)"
                         + (problems.isEmpty ? "" : "  — \(problems.first ?? "")"))
            if !problems.isEmpty, !listed { failures.append("\(path): \(problems.prefix(3).joined(separator: "; "))") }
            if problems.isEmpty, listed { failures.append("\(path) passes now: remove it from conformance-allowlist.txt") }
        }
        print("FIT conformance against garmin-fit-sdk:\n" + table.joined(separator: "\n"))
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
