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
}
