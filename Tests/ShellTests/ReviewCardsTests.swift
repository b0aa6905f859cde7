import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// Interview cards in `review`, the saved daily limits, the learner's calendar day, and the mock
/// interview's choice of questions.
@Suite struct ReviewCardsTests {
  private let monday = Moment(secondsSince1970: 1_700_000_000)

  private func session(_ store: InMemoryProgress) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(monday))
    return shell
  }

  private func rate(
    _ store: InMemoryProgress, _ id: String, topic: String, _ rating: ReviewRating, at time: Moment
  ) {
    store.record(
      ReviewRecord(cardID: "interview/\(id)", topic: topic, time: time, rating: rating, source: .learner))
  }

  @Test func aDueInterviewCardComesBackInReviewWithTheRubricAndASelfRating() throws {
    let store = InMemoryProgress()
    rate(store, "quorum-two-leaders", topic: "quorum", .again, at: monday.adding(days: -1))
    var shell = session(store)
    let review = shell.execute("review --new 0")
    #expect(review.output.contains("Review: 1 due, 0 new"), "\(review.output)")
    #expect(review.output.contains("Interview question · quorum · quorum-two-leaders"), "\(review.output)")
    #expect(shell.prompt == "answer")
    #expect(shell.execute("A majority of two leaders is two, so both must say yes.").output.isEmpty)
    let graded = shell.execute("")
    #expect(graded.output.contains("You covered 1 of 5 key points."), "\(graded.output)")
    #expect(graded.output.contains("Model answer:"))
    #expect(shell.prompt == "rate")
    #expect(shell.execute("splendid").error?.contains("again, hard, good or easy") == true)
    let rated = shell.execute("good")
    #expect(rated.output.contains("Rated good."))
    #expect(rated.output.contains("Review done: 1 of 1 right."), "\(rated.output)")
    #expect(shell.tutor.practice.review == nil && shell.tutor.practice.interview == nil)
    let last = try #require(store.reviews().last)
    #expect(last.cardID == "interview/quorum-two-leaders" && last.rating == .good && last.source == .learner)
    #expect(try #require(store.cards().first).due > monday.adding(days: 1))
  }

  @Test func reviewStopWorksWhileAnInterviewCardWaits() {
    let store = InMemoryProgress()
    rate(store, "crdts", topic: "crdts", .again, at: monday.adding(days: -1))
    var shell = session(store)
    _ = shell.execute("review --new 0")
    #expect(shell.prompt == "answer")
    let stopped = shell.execute("review stop")
    #expect(stopped.output.contains("Review stopped after 0 questions"), "\(stopped.output)")
    #expect(shell.prompt == "multileader")
    #expect(store.reviews().count == 1, "nothing recorded by stopping")
  }

  @Test func limitsAreSavedInTheStoreAndSessionOptionsGoOnTop() {
    let store = InMemoryProgress()
    var shell = session(store)
    #expect(
      shell.execute("review limits").output.contains("20 new questions and 100 reviews a day (the defaults).")
    )
    let saved = shell.execute("review limits 2 7")
    #expect(saved.output.contains("Saved: review asks at most 2 new questions and 7 reviews a day."))
    #expect(store.reviewLimits() == ReviewLimits(newCards: 2, reviews: 7))

    var later = session(store)
    let review = later.execute("review")
    #expect(
      review.output.contains("Review: 0 due, 2 new (limits 2 new and 7 reviews a day)"), "\(review.output)")
    _ = later.execute("review stop")
    _ = later.execute("review --new 1")
    _ = later.execute("review stop")
    let shown = later.execute("review limits").output.split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    #expect(shown.contains("at most 2 new questions and 7 reviews a day."), "\(shown)")
    #expect(shown.contains("This session: 1 new and 7 reviews"), "\(shown)")

    #expect(later.execute("review limits 5").error?.contains("two numbers") == true)
    #expect(later.execute("review limits many 5").error != nil)
    #expect(later.execute("review limits 1 99999").error != nil)
    #expect(later.execute("review limits 1 2 --new 3").error?.contains("as words") == true)
    #expect(store.reviewLimits() == ReviewLimits(newCards: 2, reviews: 7))
  }

  @Test func todayIsTheLearnersCalendarDay() throws {
    // A review at 23:30 UTC, and the learner back an hour later, at 00:30 UTC the next day.
    let lateEvening = Moment(secondsSince1970: Double(monday.dayNumber + 1) * Moment.day - 1_800)
    let store = InMemoryProgress()
    store.saveReviewLimits(ReviewLimits(newCards: 1, reviews: 100))
    store.record(
      ReviewRecord(cardID: "lww-final-value", topic: "lww", time: lateEvening, rating: .good, source: .model))
    var shell = session(store)
    let later = lateEvening.adding(days: 1.0 / 24)
    #expect(
      shell.execute("review", at: LearnerTime(later)).output.contains("Review: 0 due, 1 new"), "a new UTC day"
    )
    _ = shell.execute("review stop")
    let local = shell.execute("review", at: LearnerTime(later, utcOffsetSeconds: 2 * 3_600))
    #expect(
      local.output.contains("Nothing is due (today: 1 new, 0 reviews)"),
      "01:30 and 02:30 the same day: \(local.output)")
    #expect(
      shell.execute("review", at: LearnerTime(later, utcOffsetSeconds: -3 * 3_600)).output.contains(
        "Nothing is due"), "20:30 and 21:30 the same day")
    #expect(
      shell.execute("review", at: LearnerTime(later, utcOffsetSeconds: -20 * 60)).output.contains(
        "Review: 0 due, 1 new"), "23:10, then 00:10 the next day")
  }

  @Test func theMockInterviewAsksDueAndUnratedQuestionsBeforeRatedOnes() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    let library = shell.tutor.course.library()
    let ids = library.interviews.map(\.id)
    try #require(ids.count >= 4)
    let due = ids[0]
    let unrated = Set(ids[1...2])
    for question in library.interviews where !unrated.contains(question.id) {
      rate(store, question.id, topic: question.topic, .good, at: monday)
    }
    rate(store, due, topic: library.interviews[0].topic, .again, at: monday.adding(days: -2))
    _ = shell.execute("interview --questions 5")
    let plan = try #require(shell.tutor.practice.mock).plan
    let open = plan.compactMap { item -> String? in
      if case .open(let id) = item { return id }
      return nil
    }
    #expect(open.count == 3)
    #expect(open[0] == due, "\(open)")
    #expect(Set(open[1...2]) == unrated, "\(open)")
  }
}
