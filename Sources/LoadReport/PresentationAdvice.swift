import GaitModel

/// What to do and what not to do per presentation, from DOMAIN.md's presentation table
/// ("management that works") and its shared principle.
struct PresentationAdvice {
    var pattern: String
    var dos: [String]
    var donts: [String]

    static func of(_ p: Presentation) -> PresentationAdvice {
        switch p {
        case .pfp:
            PresentationAdvice(
                pattern: "dull ache around or behind the kneecap that builds across a training block; "
                    + "aggravated by hills (especially descents), stairs and long runs",
                dos: [
                    "Add hip abductor and external-rotator strengthening to quadriceps work "
                        + "(Lack 2015 BJSM meta-analysis; Ferber 2015 RCT: hip eased pain about a week sooner).",
                    "Gait retraining to reduce peak hip adduction.",
                    "Raise cadence by 5–10 % of the runner's own preferred cadence (Heiderscheit 2011; Lenhart 2014).",
                ],
                donts: [
                    "Don't add long runs, hills or descents suddenly — keep load increases gradual (Frandsen 2025).",
                    "Don't treat hip weakness as the proven cause — it is an associated deficit (Bolgla 2008; Rathleff 2014).",
                    "Don't aim for a fixed 180 steps/min; use the runner's own cadence +5–10 %.",
                ])
        case .itbs:
            PresentationAdvice(
                pattern: "sharp or burning lateral knee pain at a predictable point in a run that eases after "
                    + "walking; aggravated by long runs, downhill, low cadence with a long stride",
                dos: [
                    "Raise cadence by 5–10 % of the runner's own preferred cadence (immediate effect).",
                    "Hip strengthening (longer term).",
                    "Build long and downhill runs gradually.",
                ],
                donts: [
                    "Don't rely on foam rolling or ITB stretching — adjuncts only; the ITB lengthens <0.5 % "
                        + "when stretched (Falvey 2010) and the pain is compression, not friction (Fairclough 2006).",
                    "Don't spike the long run (Frandsen 2025).",
                ])
        case .patellarTendinopathy:
            PresentationAdvice(
                pattern: "localised, often sharp pain at the lower pole of the kneecap; aggravated by "
                    + "plyometrics, speed work, hills and rapid load increases",
                dos: [
                    "Heavy slow resistance and progressive tendon loading.",
                    "Pain-monitored return to running (Silbernagel 2007; Malliaras 2015).",
                ],
                donts: [
                    "Don't rest completely.",
                    "Don't spike load — jumps, speed work, hills or distance (Frandsen 2025).",
                    "Don't rely on ice or NSAIDs: limited long-term value.",
                ])
        }
    }

    /// DOMAIN.md: "the knee is the site, rarely the source — look above (hip, pelvis) and at load."
    static let sharedPrinciple = "The knee is the site, rarely the source — look above (hip, pelvis) and at load."
}
