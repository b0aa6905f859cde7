import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// An answer that is not graded (asked about, unreadable, or a command refused) never changes
/// the progress store, and the question keeps waiting: in a quiz, a prediction and a review.
@Suite struct UngradedAnswerTests {
  private func session(_ store: InMemoryProgress) -> ShellSession {
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    _ = shell.execute("", at: LearnerTime(Moment(secondsSince1970: 1_700_000_000)))
    return shell
  }

  /// Lines that are not graded for a question whose candidates are `values` (at least two).
  private func ungradedLines(candidates values: [String], format: AnswerFormat) -> [String] {
    var lines = ["I don't know", "\u{1B}[2J", "???", "state", "report", String(repeating: "x", count: 5_000)]
    if values.count >= 2, format == .value || format == .set {
      lines.append("\(values[0]) or \(values[1])")
    }
    if let long = values.first(where: { $0.count >= 6 }), let slip = Slip.dropped(long) { lines.append(slip) }
    if format == .yesNo { lines += ["yes or no", "maybe"] }
    if format == .number || format == .milliseconds { lines += ["2 or 3", "lots"] }
    return lines
  }

  @Test(arguments: [
    "last-write-wins", "crdts", "causality", "latency", "replication-lag", "real-databases", "quorum",
  ])
  func aQuizAnswerThatIsNotGradedRecordsNothing(topic: String) throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("quiz \(topic)")
    let question = try #require(shell.tutor.practice.quiz).question
    let lines = ungradedLines(candidates: question.candidates.values, format: question.format)
    #expect(lines.count >= 6)
    for line in lines {
      let outcome = shell.execute(line)
      #expect(outcome.error != nil, "\(line) was answered: \(outcome.output)")
      #expect(!outcome.output.contains("Right.") && !outcome.output.contains("Not quite."), "\(line)")
      #expect(shell.tutor.practice.quiz?.question == question, "after \(line) the question still waits")
      #expect(store.reviews().isEmpty, "\(line) changed the progress store")
    }
    #expect(shell.execute(question.expected.description).output.contains("Right."))
    #expect(store.reviews().count == 1, "the graded answer is the one review")
  }

  @Test func aPredictionThatIsNotGradedRecordsNothing() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("scenario topping-timestamp")
    _ = shell.execute("next")
    _ = shell.execute("predict")
    let prediction = try #require(shell.tutor.practice.prediction).prediction
    for line in ungradedLines(candidates: prediction.candidates.values, format: prediction.expected.format) {
      _ = shell.execute(line)
      #expect(shell.tutor.practice.prediction?.prediction == prediction, "after \(line) the prediction waits")
      #expect(store.reviews().isEmpty, "\(line) changed the progress store")
    }
  }

  @Test func aReviewCardThatIsNotGradedRecordsNothingAndDoesNotMoveOn() throws {
    let store = InMemoryProgress()
    var shell = session(store)
    _ = shell.execute("review --new 2")
    let question = try #require(shell.tutor.practice.quiz).question
    for line in ungradedLines(candidates: question.candidates.values, format: question.format) {
      _ = shell.execute(line)
      #expect(shell.tutor.practice.quiz?.question == question, "after \(line) the card still waits")
      #expect(shell.tutor.practice.review != nil)
      #expect(store.reviews().isEmpty, "\(line) changed the progress store")
    }
  }
}
