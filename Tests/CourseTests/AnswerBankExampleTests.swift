import Course
import Testing

/// Every example of issue 18, read against the candidates its question would have: each is
/// graded (or asked about) as a person would.
@Suite struct AnswerBankExampleTests {
  private let toppings = AnswerCandidates(values: ["ham", "olive", "mushroom", "onion", "basil"])

  private func reads(_ text: String, _ format: AnswerFormat, as expected: QuizAnswer) -> Bool {
    guard case .answer(let given) = AnswerReader.read(text, as: format, candidates: toppings) else {
      return false
    }
    return expected.accepts(given)
  }

  private func asks(_ text: String, _ format: AnswerFormat, _ candidates: AnswerCandidates? = nil) -> String?
  {
    guard case .unclear(let message) = AnswerReader.read(text, as: format, candidates: candidates ?? toppings)
    else { return nil }
    return message
  }

  @Test func valuesWithArticlesCaseFillerReasonsAndContextNouns() {
    #expect(reads("the ham", .value, as: .value("ham")))
    #expect(reads("Olive!", .value, as: .value("olive")))
    #expect(reads("mushroom pizza", .value, as: .value("mushroom")))
    #expect(reads("olive pizza", .value, as: .value("olive")))
    #expect(reads("olive, because its timestamp is later", .value, as: .value("olive")))
    for filler in ["I think", "it's", "probably", "answer:"] {
      #expect(reads("\(filler) olive", .value, as: .value("olive")), "\(filler)")
    }
  }

  @Test func setsWithEverySeparator() {
    #expect(reads("ham, olive and onion", .set, as: .set(["ham", "olive", "onion"])))
    #expect(reads("basil & ham", .set, as: .set(["basil", "ham"])))
    let allergy = AnswerCandidates(values: ["peanuts", "none"])
    let read = AnswerReader.read("peanuts | none", as: .set, candidates: allergy)
    #expect(read == .answer(.set(["peanuts", "none"])))
    for text in [
      "ham + olive", "ham / olive", "ham | olive", "ham\nolive", "both ham and olive", "{olive, ham}",
    ] {
      #expect(reads(text, .set, as: .set(["ham", "olive"])), "\(text)")
    }
    for text in ["just olive", "only olive", "olive, olive"] {
      #expect(reads(text, .set, as: .set(["olive"])), "\(text)")
    }
  }

  @Test func numbersAndLatencies() {
    #expect(reads("zero", .number, as: .number(0)))
    #expect(reads("2 keys", .number, as: .number(2)))
    #expect(reads("8 likes", .number, as: .number(8)))
    #expect(reads("twenty", .number, as: .number(20)))
    for text in ["about 2 ms", "around 2ms", "roughly 2 milliseconds", "~2ms", "0.002 s"] {
      #expect(reads(text, .milliseconds, as: .latency(microseconds: 2_000)), "\(text)")
    }
    #expect(reads("150 ms of waiting", .milliseconds, as: .latency(microseconds: 150_000)))
    #expect(reads("0.15 s", .milliseconds, as: .latency(microseconds: 150_000)))
    #expect(reads("0.15 seconds", .milliseconds, as: .latency(microseconds: 150_000)))
  }

  @Test func yesAndNoInTheirManyWords() {
    for text in ["yes", "y", "yeah", "yep", "sure", "correct", "true", "yes, it commits"] {
      #expect(reads(text, .yesNo, as: .yesNo(true)), "\(text)")
    }
    for text in ["I think so", "of course", "they are concurrent", "it commits"] {
      #expect(reads(text, .yesNo, as: .yesNo(true)), "\(text)")
    }
    for text in [
      "I don't think so", "absolutely not", "not concurrent", "it does not commit", "causally ordered",
    ] {
      #expect(reads(text, .yesNo, as: .yesNo(false)), "\(text)")
    }
    for text in ["no", "n", "nope", "nah", "false", "no, they are concurrent", "probably not"] {
      #expect(reads(text, .yesNo, as: .yesNo(false)), "\(text)")
    }
  }

  @Test func ambiguityIsAskedAboutNotGraded() {
    #expect(asks("olive or ham", .value) == "Which one: olive or ham? Type just that one.")
    #expect(asks("mushrom", .value)?.hasPrefix("Did you mean mushroom?") == true)
    #expect(
      asks("the asai leader", .node, AnswerCandidates(values: [], nodes: ["us", "asia"]))?.hasPrefix(
        "Did you mean asia?") == true)
    #expect(asks("yes or no", .yesNo) != nil)
  }

  @Test func anAnswerThatCannotBeReadGetsTheFormAgainWithAnExample() {
    guard case .unreadable(let message) = AnswerReader.read("fast", as: .milliseconds) else {
      Issue.record("fast was read")
      return
    }
    #expect(message.contains(AnswerFormat.milliseconds.instruction))
    #expect(message.contains("like 480ms"))
  }

  @Test func nodesByRegionNameArticleAndNoun() {
    let cluster = AnswerCandidates(values: [], nodes: ["us", "asia", "asia-f1"])
    for text in [
      "the asia leader", "asia's leader", "in Asia", "the Asia region", "asia, because it is closer",
    ] {
      #expect(AnswerReader.read(text, as: .node, candidates: cluster) == .answer(.node("asia")), "\(text)")
    }
    #expect(AnswerReader.read("the U.S. leader", as: .node, candidates: cluster) == .answer(.node("us")))
    #expect(
      AnswerReader.read("asia or us", as: .node, candidates: cluster)
        == .unclear("Which one: asia or us? Type just that one."))
  }

  @Test func theFormatExampleIsNeverAnAnswerOfItsOwnFormat() {
    for format in AnswerFormat.allCases {
      guard let example = format.example else { continue }
      #expect(format.instruction.contains(String(example.description.prefix(4))), "\(format)")
    }
  }
}
