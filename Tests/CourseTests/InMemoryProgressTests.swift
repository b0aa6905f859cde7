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

/// Dates on the learner's calendar, for `progress log`.
@Suite struct CalendarTextTests {
  @Test(arguments: [
    (0.0, 0, "1970-01-01 00:00"), (1_700_000_000, 0, "2023-11-14 22:13"),
    (1_700_000_000, 9 * 3_600, "2023-11-15 07:13"), (1_700_000_000, -23 * 3_600, "2023-11-13 23:13"),
    (951_782_400, 0, "2000-02-29 00:00"), (4_107_542_399, 0, "2100-02-28 23:59"), (-1, 0, "1969-12-31 23:59"),
  ])
  func aMomentReadsAsItsDateAndTime(seconds: Double, offset: Int, text: String) {
    #expect(Moment(secondsSince1970: seconds).calendarText(utcOffsetSeconds: offset) == text)
  }
}
