public import GaitModel

/// What the evidence says to do, and not to do, per presentation (DOMAIN.md table).
public enum PresentationAdvice {
    public static let disclaimer = "This is a screening summary, not a diagnosis — a clinical assessment decides."

    public static func advice(_ p: Presentation, s1: Bool) -> (advice: [String], avoid: [String]) {
        switch p {
        case .pfp:
            return (["Add hip abductor and external-rotator strengthening to quadriceps work (Lack 2015 meta-analysis; "
                        + "Ferber 2015 RCT: hip programme eased pain about a week sooner)",
                     "Gait retraining to reduce peak hip adduction; cadence +5–10% of the preferred cadence (Heiderscheit 2011; Lenhart 2014)",
                     "Manage hills (especially descents), stairs and long runs while symptoms settle"],
                    ["Do not treat only the site of pain: the knee is the site, rarely the source — look at the hip and the load",
                     "Hip weakness is an associated deficit (Bolgla 2008), not a proven cause (Rathleff 2014)"])
        case .itbs:
            return (["Cadence +5–10% of the preferred cadence, the usual first gait change: in healthy runners +10% lowered "
                        + "peak hip adduction and knee energy absorption (Heiderscheit 2011)",
                     "Hip strengthening for the longer term",
                     "Reduce long runs and downhill running while symptoms settle"],
                    ["Foam rolling and ITB stretching only as adjuncts, never the primary treatment: the ITB lengthens < 0.5% (Falvey 2010)",
                     "It is compression of innervated fat (Fairclough 2006), not friction"])
        case .patellarTendinopathy:
            let base = ["Heavy slow resistance and progressive tendon loading",
                        "Pain-monitored return: pain during ≤ 5/10 that settles by the next morning (Silbernagel 2007)",
                        "Avoid load spikes in jumping, sprinting and hills"]
            return ((s1 ? ["Reduce energy-storage load first (jumps, sprints, hills), then rebuild progressively"] : []) + base,
                    ["No complete rest", "Ice and NSAIDs are of limited long-term value (degenerative, not inflammatory)"])
        }
    }
}
