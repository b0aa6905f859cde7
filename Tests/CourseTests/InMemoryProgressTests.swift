import Testing

@testable import Course

/// The in-memory progress record the shell's tests use.
@Suite struct InMemoryProgressTests {
  private let now = Moment(secondsSince1970: 1_700_000_000)

  @Test func aReviewSchedulesTheCardAndIsLogged() {
    let store = InMemoryProgress()
    let card = store.record(ReviewRecord(cardID: "a", topic: "x", time: now, rating: .good, source: .model))
    #expect(card.reps == 1)
    #expect(store.cards() == [card])
    #expect(store.reviews().count == 1)
    let second = store.record(
      ReviewRecord(cardID: "a", topic: "x", time: card.due, rating: .good, source: .model))
    #expect(second.reps == 2)
    #expect(second.stability > card.stability)
  }

  @Test func resetForgetsOneTopicOrEverything() {
    let store = InMemoryProgress()
    store.record(ReviewRecord(cardID: "a", topic: "x", time: now, rating: .good, source: .model))
    store.record(ReviewRecord(cardID: "b", topic: "y", time: now, rating: .again, source: .learner))
    store.savePlace(CoursePlace(lesson: "intro"))
    store.reset(topic: "x")
    #expect(store.cards().map(\.id) == ["b"])
    #expect(store.reviews().map(\.cardID) == ["b"])
    store.reset(topic: nil)
    #expect(store.cards().isEmpty && store.reviews().isEmpty)
    #expect(store.place().lesson == "intro")
  }

  @Test func daysAreUTCDays() {
    #expect(Moment(secondsSince1970: 86_399).dayNumber == 0)
    #expect(Moment(secondsSince1970: 86_400).dayNumber == 1)
    #expect(Moment(secondsSince1970: -1).dayNumber == -1)
  }
}
