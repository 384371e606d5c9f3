import InjuryScoring
import Testing

/// Every rule's source names its studies by author, year and journal (issue 15: five journals were
/// wrong), never a file of this repository.
@Suite struct RuleCatalogTests {
    /// "Author YYYY" must be followed by ", Journal" (a capital letter), e.g. "Luedke 2016, Med Sci Sports Exerc".
    @Test(arguments: RuleCatalog.rules.map(\.id))
    func sourceHasYearAndJournal(id: String) throws {
        let source = RuleCatalog.info(id).source
        #expect(!source.isEmpty)
        #expect(!source.contains(".md") && !source.contains(".swift") && !source.contains("DOMAIN"), "\(source)")
        if source.hasPrefix("heuristic") { return }
        let citations = source.matches(of: /[A-Z][a-z]+ (19|20)\d\d(?<after>.{0,3})/)
        #expect(!citations.isEmpty, "\(id): no 'Author YYYY' in \(source)")
        for c in citations {
            #expect(c.output.after.hasPrefix(", ") && c.output.after.last?.isUppercase == true,
                    "\(id): '\(c.output.0)' is not followed by a journal in \(source)")
        }
    }

    /// The journals the physiotherapist's review corrected (issue 15, item 6).
    @Test(arguments: [
        ("G1", "Luedke 2016, Med Sci Sports Exerc 48(7)"),
        ("G2", "Willson 2014, Clin Biomech 29:243"),
        ("K1", "Noehren 2013, Med Sci Sports Exerc 45(6)"),
        ("K4", "Noehren 2014, J Orthop Sports Phys Ther 44(3)"),
        ("D2", "Malliaras 2015, J Orthop Sports Phys Ther"),
        ("S1", "Malliaras 2015, J Orthop Sports Phys Ther"),
        ("ASC", "expert rule by analogy with L1"),
    ])
    func correctedCitations(id: String, cited: String) {
        #expect(RuleCatalog.info(id).source.contains(cited))
        #expect(!RuleCatalog.info(id).source.contains("Sports Med ("))
    }
}
