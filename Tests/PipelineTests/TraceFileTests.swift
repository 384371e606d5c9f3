import Foundation
import Testing

/// `--trace FILE` is an output like the others: mode 0600 (issue 16), whatever the umask.
@Suite(.serialized) struct TraceFileTests {
    @Test func theTraceIsOwnerOnly() throws {
        let dir = TestSupport.temporaryDirectory("trace")
        let trace = dir + "/trace.json"
        let r = try TestSupport.gaitpipe(["run", TestSupport.packageRoot + "/Pipelines/season.yaml",
                                          "--input", try TestSupport.smallInput(files: 2), "--out", dir + "/out",
                                          "--trace", trace])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let mode = (try FileManager.default.attributesOfItem(atPath: trace)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600, "trace has mode \(String(mode, radix: 8))")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: trace))) as? [String: Any]
        #expect((json?["traceEvents"] as? [Any])?.isEmpty == false)
    }
}
