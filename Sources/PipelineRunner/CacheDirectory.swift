import Foundation

/// gaitpipe's cache folder (DESIGN.md): `--cache-dir`, else `$XDG_CACHE_HOME/gaitpipe`, else
/// `~/.cache/gaitpipe`; nil with `--no-cache`. Shared across output folders.
public enum CacheDirectory {
    public static func resolve(explicit: String?, disabled: Bool) -> String? {
        if disabled { return nil }
        if let explicit { return explicit }
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/gaitpipe" }
        return NSHomeDirectory() + "/.cache/gaitpipe"
    }

    /// The cache's size bound: `--cache-max-size`, else `$GAITPIPE_CACHE_MAX_SIZE`, else 5 GiB.
    public static func maxBytes(explicit: String?) throws(GaitpipeError) -> Int {
        if let explicit {
            guard let n = parseSize(explicit) else {
                throw GaitpipeError(.usage, "--cache-max-size \(explicit): expected a size such as 500M, 5G or 1T")
            }
            return n
        }
        if let env = ProcessInfo.processInfo.environment["GAITPIPE_CACHE_MAX_SIZE"], !env.isEmpty {
            guard let n = parseSize(env) else {
                throw GaitpipeError(.usage, "GAITPIPE_CACHE_MAX_SIZE=\(env): expected a size such as 500M, 5G or 1T")
            }
            return n
        }
        return defaultMaxBytes
    }

    public static let defaultMaxBytes = 5 << 30

    /// "5G", "500M", "5GiB", "64k", "1T" (binary units), or a number of bytes.
    static func parseSize(_ text: String) -> Int? {
        var t = text.trimmingCharacters(in: .whitespaces).uppercased()
        for suffix in ["IB", "B"] where t.hasSuffix(suffix) && t.count > suffix.count {
            t.removeLast(suffix.count)
            break
        }
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        var multiplier = 1
        if let last = t.last, let unit = units[last] {
            multiplier = unit
            t.removeLast()
        }
        guard let value = Double(t), value >= 0, value.isFinite, value * Double(multiplier) < 9e18 else { return nil }
        return Int(value * Double(multiplier))
    }
}
