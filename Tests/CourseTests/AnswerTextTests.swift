import Course
import Testing

/// Reading an answer: words and contractions, sentences and clauses, and what a negation negates.
@Suite struct AnswerTextTests {
  private func words(_ text: String) -> [String] { AnswerText(text).tokens.map(\.word) }

  /// The words `text` negates.
  private func negated(_ text: String) -> [String] {
    AnswerText(text).tokens.filter(\.isNegated).map(\.word)
  }

  @Test func contractionsOpenAndPossessivesGo() {
    #expect(
      words("Doesn't, can't, cannot, won't") == ["does", "not", "can", "not", "can", "not", "will", "not"])
    #expect(
      words("the leader's clock, the leaders' clocks") == [
        "the", "leader", "clock", "the", "leaders", "clocks",
      ])
    #expect(words("dont isnt") == ["do", "not", "is", "not"])
    #expect(words("it’s ‘LWW’") == ["it", "lww"])
    #expect(words("n't 'n' x'") == ["not", "n", "x"])
  }

  @Test func sentencesEndAtStopsAndListMarkersButNotAtLineBreaks() {
    let sentences = { (text: String) in AnswerText(text).tokens.map(\.sentence) }
    #expect(sentences("one two. three! four? five; six") == [0, 0, 1, 2, 3, 4])
    #expect(sentences("a long answer\nwrapped over lines") == [0, 0, 0, 0, 0, 0])
    #expect(sentences("e.g. three nodes and 3.5 ms") == [0, 0, 0, 0, 0, 0, 0, 0])
    #expect(sentences("options:\n- merge\n* union\n• siblings") == [0, 1, 2, 3])
  }

  @Test func clausesEndAtCommasAndLinkingWords() {
    let clauses = AnswerText("no, it merges but loses nothing").tokens.map(\.clause)
    #expect(clauses[0] != clauses[1])
    #expect(clauses[1] == clauses[2])
    #expect(clauses[2] != clauses[3])
  }

  @Test func commonWordsTakeNoPosition() {
    let tokens = AnswerText("the leader of the region").tokens
    #expect(tokens.map(\.isCommon) == [true, false, true, true, false])
    #expect(tokens.map(\.position) == [0, 0, 1, 1, 1])
  }

  @Test func aNegationNegatesTheNextWordsOfItsClause() {
    #expect(negated("LWW does not lose writes") == ["lose", "writes"])
    #expect(negated("No, LWW loses writes") == [])
    #expect(negated("nothing is discarded, and the client retries") == ["discarded"])
    #expect(negated("it keeps both instead of dropping one") == ["dropping", "one"])
    #expect(negated("there are no conflicts but writes are lost") == ["conflicts"])
  }

  @Test func anOrCarriesANegationOnePlaceFurther() {
    #expect(negated("never use a home leader or consensus") == ["use", "home", "leader", "consensus"])
    #expect(negated("use a home leader or consensus") == [])
  }

  @Test func aClauseEndingInANegatedVerbOrADismissalNegatesItsSubject() {
    #expect(negated("hybrid logical clocks do not help") == ["hybrid", "logical", "clocks", "help"])
    #expect(negated("replicas never converge.") == ["replicas", "converge"])
    #expect(negated("clocks are irrelevant") == ["clocks"])
    #expect(negated("LWW does not lose writes") == ["lose", "writes"])
  }
}
