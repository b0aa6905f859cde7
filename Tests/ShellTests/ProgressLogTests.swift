import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// `progress log [N]`: the latest reviews, newest first, with when, the card and the rating, an
/// override marked.
@Suite struct ProgressLogTests {
  private let monday = Moment(secondsSince1970: 1_700_000_000)  // 2023-11-14 22:13:20 UTC

  private func session(_ store: InMemoryProgress, utcOffset: Int = 0) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(style: .plain, width: 80, seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(monday.adding(days: 1), utcOffsetSeconds: utcOffset))
    return shell
  }

  @Test func theLatestReviewsNewestFirstWithTheOverrideMarked() throws {
    let store = InMemoryProgress()
    store.record(
      ReviewRecord(
        cardID: "lww-final-value", topic: "last-write-wins", time: monday, rating: .again, source: .model))
    let wrong = ReviewRecord(
      cardID: "prediction/topping-timestamp/3", topic: "predictions", time: monday.adding(days: 0.5),
      rating: .again, source: .prediction)
    store.record(wrong)
    store.amend(wrong, rating: .good, overridden: true)
    store.record(
      ReviewRecord(
        cardID: "interview/crdts", topic: "crdts", time: monday.adding(days: 0.75), rating: .hard,
        source: .learner))
    var shell = session(store)
    let log = shell.execute("progress log")
    #expect(log.error == nil, "\(log.error ?? "")")
    #expect(
      log.output == """
        The latest 3 reviews of 3, newest first:
        when              card                                   rating
        ----------------  -------------------------------------  -----------------
        2023-11-15 16:13  crdts (interview)                      hard
        2023-11-15 10:13  topping-timestamp step 3 (prediction)  good (overridden)
        2023-11-14 22:13  lww-final-value                        again
        """, "\(log.output)")
    let one = shell.execute("progress log 1")
    #expect(one.output.hasPrefix("The latest review of 3:\n"), "\(one.output)")
    #expect(one.output.split(separator: "\n").count == 4, "the heading, the table's two and one review")
  }

  @Test func timesAreOnTheLearnersClock() throws {
    let store = InMemoryProgress()
    store.record(ReviewRecord(cardID: "a", topic: "t", time: monday, rating: .good, source: .model))
    var shell = session(store, utcOffset: 9 * 3600)
    #expect(shell.execute("progress log").output.contains("2023-11-15 07:13  a"))
  }

  @Test func anEmptyLogAndBadCounts() {
    var shell = session(InMemoryProgress())
    #expect(shell.execute("progress log").output == "No reviews yet: quiz, predict and review record them.")
    #expect(shell.execute("progress log 0").error != nil)
    #expect(shell.execute("progress log many").error != nil)
    #expect(shell.completions(forLine: "progress l", wordStart: 9) == ["log"])
  }
}
