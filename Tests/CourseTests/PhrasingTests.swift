import Course
import Testing

/// How a key point's phrasing is read and matched: stems, any order within a window of one
/// sentence, synonyms in the point and shared ones, ordered runs, and negation.
@Suite struct PhrasingTests {
  private func matches(_ answer: String, _ phrasing: String) -> Bool {
    Phrasing(phrasing).matches(AnswerText(answer))
  }

  @Test func wordsMatchInAnyFormAndAnyOrder() {
    #expect(matches("the skew between the clocks", "clock skew"))
    #expect(matches("Replication is asynchronous.", "replicate asynchronously"))
    #expect(matches("The LEADERS' clocks skew.", "leader clock"))
    #expect(matches("w + r > n holds", "w r n"))
    #expect(!matches("sloppy quorums", "quorum write"))
    #expect(!matches("unordered", "order"))
    #expect(!matches("anything", "!!"))
  }

  @Test func commonWordsAreDroppedFromAPhrasing() {
    #expect(Phrasing("the order of writes").slots.map(\.alternatives.first) == [["order"], ["writ"]])
    #expect(matches("writes arrive in a different order", "the order of writes"))
  }

  @Test func aPointListsSynonymsWithABar() {
    #expect(matches("LWW drops a write", "lose|drop|discard write"))
    #expect(matches("one update is discarded", "lose|drop|discard write"))
    #expect(!matches("one update is kept", "lose|drop|discard write"))
  }

  @Test func sharedSynonymsCoverGeneralWords() {
    #expect(matches("we run multiple primaries", "several leaders"))
    #expect(matches("more than one master", "several leaders"))
    #expect(matches("one per data center", "region"))
    #expect(matches("writes have low latency", "fast write"))
    #expect(matches("time skew", "clock skew"))
    #expect(!matches("one leader", "several leaders"))
  }

  @Test func aDashAsksForWordsInOrderAndNextToEachOther() {
    #expect(matches("a read-modify-write cycle", "read-modify-write"))
    #expect(matches("they read, modify and write", "read modify write"))
    #expect(!matches("they read, modify and write", "read-modify-write"))
    #expect(matches("model the cart as an OR-Set", "or-set"))
    #expect(!matches("a list or a set", "or-set"))
  }

  @Test func wordsMustBeCloseInOneSentence() {
    #expect(matches("Several leaders accept writes.", "several leaders"))
    #expect(!matches("Leaders are nice. Several people agree.", "several leaders"))
    #expect(
      !matches(
        "Leaders should communicate clearly with their team and delegate tasks so that several people decide.",
        "several leaders"))
    #expect(Phrasing.window(slots: 2) == 6)
  }

  @Test func aNegatedWordDoesNotMatchAPhrasingWithoutNegation() {
    #expect(!matches("LWW does not lose writes", "lose write"))
    #expect(!matches("it never loses a write", "lose write"))
    #expect(matches("No, LWW loses writes.", "lose write"))
    #expect(matches("It does not merge, it loses writes", "lose write"))
  }

  @Test func aNegationInAPhrasingAsksForTheNextWordNegated() {
    #expect(matches("version vectors need no clocks", "no clock"))
    #expect(matches("they don't rely on synchronized clocks", "not rely clock"))
    #expect(!matches("clocks matter", "no clock"))
    #expect(!matches("both sides can write, with no round trip", "neither side"))
    #expect(matches("neither side can write", "neither side"))
  }

  @Test func problemsAreReportedForContentCheck() {
    #expect(Phrasing("lose|drop write").problems.isEmpty)
    #expect(
      Phrasing("the of").problems == [
        "the phrasing `the of` has only common words, so it would match almost any answer; add a word that says something, or join words with `-` to ask for them in that order"
      ])
    #expect(
      Phrasing("lose||drop").problems == [
        "the phrasing `lose||drop` has an empty synonym in `lose||drop`; write synonyms as `a|b`, without spaces"
      ])
    #expect(
      Phrasing("lose not").problems == [
        "the phrasing `lose not` ends with a negation; a negation applies to the word after it"
      ])
    #expect(
      Phrasing("one|the leader").problems == [
        "the phrasing `one|the leader` lists the common word `the` as a synonym, so it would match almost any answer"
      ])
    #expect(
      Phrasing("???").problems == ["the phrasing `???` has no letters or digits, so it can never match"])
    #expect(Phrasing("as-of").problems.isEmpty)
  }
}
