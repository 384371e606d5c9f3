/// The diagonal hatch that marks "no data" (untracked or not computable): distinct from any bar
/// colour and from white, so a gap reads as unknown in colour, grey-scale and print alike.
enum NoDataPattern {
    static func definition(id: String) -> String {
        "<defs><pattern id=\"\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f4f4f4\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#bbb\" stroke-width=\"2\"/></pattern></defs>\n"
    }
}
