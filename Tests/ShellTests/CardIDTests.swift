import Testing

@testable import Tutor

/// Review card ids: one format written, the same read back.
@Suite struct CardIDTests {
  @Test(arguments: [
    CardID.quiz(template: "lww-skew-lost"), .prediction(scenario: "topping-timestamp", step: 2),
    .interview(question: "quorum-two-leaders"),
  ])
  func anIdReadsBackAsItWasWritten(id: CardID) {
    #expect(CardID(id.description) == id)
  }

  @Test func theStoredForms() {
    #expect(CardID.prediction(scenario: "pizza", step: 3).description == "prediction/pizza/3")
    #expect(CardID.interview(question: "crdts").description == "interview/crdts")
    #expect(CardID("lww-final-value") == .quiz(template: "lww-final-value"))
  }

  @Test(arguments: ["prediction/pizza", "prediction/pizza/zero", "prediction/pizza/0", "prediction/a/b/1"])
  func aMalformedPredictionIdIsKeptAsItIs(text: String) {
    // Not a step of a scenario: read as an id no template has, so review leaves it alone.
    #expect(CardID(text) == .quiz(template: text))
    #expect(CardID(text).description == text)
  }
}
