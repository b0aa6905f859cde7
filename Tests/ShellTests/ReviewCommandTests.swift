import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `review`, `progress` and `progress reset` on the built-in content, with the in-memory store.
@Suite struct ReviewCommandTests {
  private let monday = Moment(secondsSince1970: 1_700_000_000)

  private func session(_ store: InMemoryProgress = InMemoryProgress()) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(monday))
    return shell
  }

  /// Answers the waiting question right (or wrong, with the first candidate the question reads
  /// as a wrong answer of its format).
  private func answer(_ shell: inout ShellSession, right: Bool) throws -> CommandOutcome {
    let question = try #require(shell.tutor.practice.quiz).question
    if right {
      var outcome = shell.execute(question.expected.description)
      // A right answer waits for its rating: Enter rates it good, and the review goes on.
      if case .rating = shell.tutor.practice { outcome.output += "\n" + shell.execute("").output }
      return outcome
    }
    let candidates = [
      "yes", "no", "us", "asia", "eu", "pepperoni", "0", "1", "7", "[0,0]", "[9,9]", "{}", "{zzz}", "1ms",
      "999ms", "concurrent", "ordered", "mushroom", "x",
    ]
    let wrong = try #require(
      candidates.first {
        if case .wrong = question.grade($0) { return true }
        return false
      }, "no wrong candidate for \(question.id)")
    return shell.execute(wrong)
  }

  @Test func reviewAsksNewCardsWithinTheDailyLimitAndRecordsEachAnswer() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    let started = shell.execute("review --new 3")
    #expect(started.error == nil, "\(started.error ?? "")")
    #expect(started.output.contains("Review: 0 due, 3 new"), "\(started.output)")
    #expect(shell.tutor.practice.quiz != nil)
    _ = try answer(&shell, right: true)
    _ = try answer(&shell, right: false)
    let last = try answer(&shell, right: true)
    #expect(last.output.contains("Review done: 2 of 3 right."), "\(last.output)")
    #expect(shell.tutor.practice.quiz == nil && shell.tutor.practice.review == nil)
    #expect(store.reviews().map(\.rating) == [.good, .again, .good])
    #expect(store.reviews().allSatisfy { $0.source == .model && $0.time == monday })
    // The new-card limit is used up for today; the card answered wrong is due in ten minutes.
    _ = shell.execute("", at: LearnerTime(monday.adding(days: 0.01)))
    let again = shell.execute("review")
    #expect(again.output.contains("Review: 1 due, 0 new"), "\(again.output)")
  }

  @Test func nothingDueSaysWhenTheNextCardIs() throws {
    var shell = session()
    _ = shell.execute("review --new 1")
    _ = try answer(&shell, right: true)
    let outcome = shell.execute("review")
    #expect(outcome.output.contains("Nothing is due (today: 1 new, 0 reviews)"), "\(outcome.output)")
    #expect(outcome.output.contains("the next card is due in 4 days"), "\(outcome.output)")
  }

  @Test func reviewStopEndsItAndSkipCountsAsAgain() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("review --new 5")
    let skipped = shell.execute("skip")
    #expect(skipped.output.contains("Skipped."))
    #expect(store.reviews().map(\.rating) == [.again])
    let stopped = shell.execute("review stop")
    #expect(
      stopped.output.contains("Review stopped after 1 question; 4 left for later."), "\(stopped.output)")
    #expect(shell.prompt == "multileader")
    #expect(shell.execute("review stop").error?.contains("No review is running.") == true)
  }

  @Test func aQuizAnswerOutsideAReviewIsRecordedToo() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz clock-skew")
    _ = try answer(&shell, right: true)
    let card = try #require(store.cards().first)
    #expect(card.topic == "clock-skew")
    #expect(card.reps == 1)
  }

  @Test func progressShowsTopicsStreakAndDue() throws {
    let store = InMemoryProgress()
    for day in 0..<3 {
      store.record(
        ReviewRecord(
          cardID: "lww-skew-lost", topic: "clock-skew", time: monday.adding(days: Double(day - 2)),
          rating: .good, source: .model))
    }
    var shell = session(store)
    let outcome = shell.execute("progress")
    #expect(outcome.error == nil)
    #expect(outcome.output.contains("streak 3 days"), "\(outcome.output)")
    #expect(outcome.output.contains("clock-skew"))
    #expect(outcome.output.contains("Reviews due:"))
    #expect(Tutor.streak(log: store.reviews(), today: monday.dayNumber + 1) == 3)
    #expect(Tutor.streak(log: store.reviews(), today: monday.dayNumber + 2) == 0)
  }

  @Test func progressResetAsksFirst() throws {
    let store = InMemoryProgress()
    store.record(ReviewRecord(cardID: "a", topic: "clock-skew", time: monday, rating: .good, source: .model))
    store.record(ReviewRecord(cardID: "b", topic: "crdts", time: monday, rating: .good, source: .model))
    var shell = session(store)
    let asked = shell.execute("progress reset clock-skew")
    #expect(asked.output.contains("This forgets your reviews of 1 question in the topic clock-skew"))
    #expect(shell.execute("no").output == "Nothing was reset.")
    #expect(store.cards().count == 2)
    _ = shell.execute("progress reset clock-skew")
    let done = shell.execute("yes")
    #expect(done.output.contains("Reset:"), "\(done.output)")
    #expect(store.cards().map(\.id) == ["b"])
    // Another command instead of yes keeps the progress and still runs.
    _ = shell.execute("progress reset")
    let other = shell.execute("lessons")
    #expect(other.notices == ["Nothing was reset."])
    #expect(other.error == nil)
    #expect(store.cards().count == 1)
    #expect(shell.execute("progress reset nonsense").error?.contains("There is no topic 'nonsense'") == true)
  }

  @Test func thePlaceIsReadOnTheFirstLineAndSavedWhenItMoves() throws {
    let store = InMemoryProgress()
    store.savePlace(CoursePlace(lesson: "clock-skew"))
    var shell = session(store)
    #expect(shell.coursePlace.isStart, "nothing is read before the first line")
    _ = shell.execute("")
    #expect(shell.coursePlace.isStart, "a blank line does not read it either")
    _ = shell.execute("continue")
    #expect(shell.coursePlace.lesson == "clock-skew")
    _ = shell.execute("lesson next")
    #expect(store.place().lesson == shell.coursePlace.lesson)
    #expect(store.place().lesson != "clock-skew")
  }

  @Test func badLimitsAreRejected() {
    var shell = session()
    #expect(shell.execute("review --new lots").error != nil)
    #expect(shell.execute("review --reviews -1").error != nil)
    #expect(
      shell.execute("review now").error?.contains("review takes no arguments but stop or limits.") == true)
    #expect(shell.execute("progress everything").error != nil)
  }
}
