import Course
import TerminalUI
import Workbench

/// What the tutor makes of a line before it is parsed as a command.
package enum LineResponse: Hashable, Sendable {
  /// The line was for what the learner is doing (an answer, a rating, a confirmation): its outcome.
  case handled(CommandOutcome)
  /// The line is a command: parse and run it.
  case command
  /// The line is a command, to run after this text (what the line settled first: a rating, and
  /// the end of a review).
  case commandAfter(String)
}

extension Tutor {
  /// Reads `line` in the light of what the learner is doing: the one switch over ``Practice``.
  ///
  /// While nothing waits, every line is a command. A drill takes every non-blank line as an
  /// answer but `help`, `quit` and `exit`. A waiting question takes the line as its answer, except
  /// for the words that steer (`help`, `quit`; a question's `hint`, `skip`, `again`; `override`
  /// of the answer before; `review stop`, a mock interview's `stop`); a command typed instead of
  /// an answer is refused, not graded. A confirmation takes yes or no, and any other line runs as
  /// usual. A right answer takes its rating (``rate(_:_:in:)``).
  package mutating func respond(to line: String) -> LineResponse {
    switch practice {
    case .idle, .challenge:
      return .command
    case .confirmingReset(let topic):
      return confirmReset(line, topic: topic)
    case .drill(let drill):
      // help, quit and exit still work: no letter of the mnemonic stands for them.
      guard !line.trimmingSpaces.isEmpty && !Self.shellWords.contains(Self.firstWord(of: line)) else {
        return .command
      }
      return .handled(CommandOutcome(output: answerDrill(line, drill)))
    case .asking(let question, let sitting):
      return respond(to: line, asking: question, in: sitting)
    case .rating(let answer, let review):
      return rate(line, answer, in: review)
    case .planning(let question):
      guard !Self.shellWords.contains(Self.firstWord(of: line)) else { return .command }
      return answerPlan(line, question)
    }
  }

  private mutating func respond(to line: String, asking question: WaitingQuestion, in sitting: Sitting?)
    -> LineResponse
  {
    let first = Self.firstWord(of: line)
    if Self.shellWords.contains(first) { return .command }
    // override is about the answer before this question: it runs, unless it is part of an answer.
    if line.trimmingSpaces.lowercased() == "override" && !question.isAnswerUnderway { return .command }
    switch sitting {
    case .mock(let mock)?:
      if line.trimmingSpaces.lowercased() == "stop" {
        return .handled(CommandOutcome(output: stopMockInterview(mock)))
      }
    case .review?:
      if AnswerReader.normalised(line) == "review stop" {
        let stopped = (try? stopReview()) ?? ""
        return .handled(CommandOutcome(output: OutputFitter.fit(stopped, width: options.width)))
      }
    case nil:
      if line.split(separator: " ").map({ $0.lowercased() }) == ["review", "stop"] { return .command }
    }
    switch question {
    case .quiz(let quiz):
      guard Self.quizWords.contains(first) else { return .handled(answerQuiz(line, quiz, in: sitting)) }
      // A sitting goes on until it ends: another question or review cannot start inside it.
      if let sitting, ["quiz", "again", "review"].contains(first) {
        let end = sitting.review != nil ? "review stop ends the review" : "stop ends the mock interview"
        let error = ShellError(
          "\(first) did not run: \(sitting.review != nil ? "a review" : "a mock interview") is in progress.",
          hint: "Answer the question first (\(Self.quizChoices)); \(end).")
        return .handled(CommandOutcome(error: error.text))
      }
      return .command
    case .prediction(let prediction):
      return .handled(answerPrediction(line, prediction, in: sitting))
    case .interview(let interview):
      return .handled(answerInterview(line, interview, in: sitting))
    }
  }

  /// The first word of `line`, lower-cased (empty for a blank line).
  package static func firstWord(of line: String) -> String {
    line.split(separator: " ").first.map { $0.lowercased() } ?? ""
  }

  /// The words that run as commands whatever waits: the shell's own.
  package static let shellWords: Set<String> = ["help", "quit", "exit"]

  /// The commands a waiting quiz question lets through (besides ``shellWords`` and `override`): its
  /// own hint, skip and again, another question, and a review.
  package static let quizWords: Set<String> = ["hint", "again", "skip", "quiz", "review"]
}

extension WaitingQuestion {
  /// Whether an answer is being typed: an open answer with lines already, or being rated.
  fileprivate var isAnswerUnderway: Bool {
    guard case .interview(let interview) = self else { return false }
    return !interview.lines.isEmpty || interview.grade != nil
  }
}
