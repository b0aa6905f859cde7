import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// Every practice state × every kind of line that can arrive in it: where the learner ends up,
/// whether anything was graded (a review recorded), and what the line printed.
@Suite struct PracticeTransitionTests {
  /// A kind of line.
  enum Line: String, CaseIterable, Sendable {
    /// A shell command that looks around: `state`.
    case command
    /// A blank line.
    case blank
    /// The right answer to what waits, from the model (`state` when nothing waits).
    case answer
    /// The control words.
    case hint, skip, stop, reviewStop
    /// Commands that start something else: `quiz` and `review`.
    case quiz, review
    /// `override`, of the answer before (each start's set-up graded none wrong, so it is refused).
    case override

    /// The text typed for this kind of line in `shell`, which is in `start`.
    func text(in shell: ShellSession, _ start: PracticeStart) -> String {
      switch self {
      case .command: "state"
      case .blank: ""
      case .answer: start.rightAnswer(in: shell)
      case .reviewStop: "review stop"
      default: rawValue
      }
    }
  }

  /// What a line printed.
  enum Printed: Equatable, CustomStringConvertible {
    /// Output and no error.
    case output
    /// Nothing at all.
    case nothing
    /// An error: a command that did not run, or an answer that could not be read.
    case error
    /// The refusal of a command typed while a question waits: not run, not graded.
    case refused

    var description: String {
      switch self {
      case .output: "output"
      case .nothing: "nothing"
      case .error: "error"
      case .refused: "refused"
      }
    }
  }

  /// One expected transition: the state after the line, how many reviews it recorded (negative
  /// when it reset progress) and what it printed.
  struct Expected {
    let after: String
    let recorded: Int
    let printed: Printed
  }

  private static func expect(_ after: String, _ recorded: Int, _ printed: Printed) -> Expected {
    Expected(after: after, recorded: recorded, printed: printed)
  }

  /// The whole table: a row per state, a column per kind of line.
  static let table: [PracticeStart: [Line: Expected]] = [
    .idle: [
      .command: expect("idle", 0, .output), .blank: expect("idle", 0, .nothing),
      .answer: expect("idle", 0, .output), .hint: expect("idle", 0, .error), .skip: expect("idle", 0, .error),
      .stop: expect("idle", 0, .error), .reviewStop: expect("idle", 0, .error),
      .quiz: expect("quiz", 0, .output), .review: expect("quiz in review", 0, .output),
      .override: expect("idle", 0, .error),
    ],
    // A drill takes every non-blank line as an answer (drills are not recorded); stop ends it.
    .drill: [
      .command: expect("drill", 0, .output), .blank: expect("drill", 0, .nothing),
      .answer: expect("drill", 0, .output), .hint: expect("drill", 0, .output),
      .skip: expect("drill", 0, .output), .stop: expect("idle", 0, .output),
      .reviewStop: expect("drill", 0, .output), .quiz: expect("drill", 0, .output),
      .review: expect("drill", 0, .output), .override: expect("drill", 0, .output),
    ],
    // A right answer waits for its rating; override runs (and finds no answer before).
    .quiz: [
      .command: expect("quiz", 0, .refused), .blank: expect("quiz", 0, .error),
      .answer: expect("rating right", 1, .output), .hint: expect("quiz", 0, .output),
      .skip: expect("idle", 1, .output),
      .stop: expect("idle", 1, .output), .reviewStop: expect("quiz", 0, .error),
      .quiz: expect("quiz", 0, .output),
      // The bug this structure removes: the review's first card replaces the waiting question.
      .review: expect("quiz in review", 0, .output), .override: expect("quiz", 0, .error),
    ],
    // A right prediction makes no card; a wrong one (stop is read as a wrong value) makes one.
    .prediction: [
      .command: expect("prediction", 0, .refused), .blank: expect("prediction", 0, .error),
      .answer: expect("idle", 0, .output), .hint: expect("prediction", 0, .output),
      .skip: expect("idle", 0, .output), .stop: expect("idle", 1, .output),
      .reviewStop: expect("prediction", 0, .error), .quiz: expect("prediction", 0, .refused),
      .review: expect("prediction", 0, .refused), .override: expect("prediction", 0, .error),
    ],
    // An open answer takes any line as part of the answer; skip shows the model answer.
    .interview: [
      .command: expect("interview", 0, .nothing), .blank: expect("interview", 0, .error),
      .answer: expect("interview", 0, .nothing), .hint: expect("interview", 0, .nothing),
      .skip: expect("rating", 0, .output), .stop: expect("interview", 0, .nothing),
      .reviewStop: expect("interview", 0, .error), .quiz: expect("interview", 0, .nothing),
      .review: expect("interview", 0, .nothing), .override: expect("interview", 0, .error),
    ],
    .rating: [
      .command: expect("rating", 0, .error), .blank: expect("rating", 0, .error),
      .answer: expect("idle", 1, .output), .hint: expect("rating", 0, .error),
      .skip: expect("rating", 0, .error),
      .stop: expect("rating", 0, .error), .reviewStop: expect("rating", 0, .error),
      .quiz: expect("rating", 0, .error), .review: expect("rating", 0, .error),
      .override: expect("rating", 0, .error),
    ],
    // Anything but yes keeps the progress; a line other than no or a blank one then runs.
    .confirmingReset: [
      .command: expect("idle", 0, .output), .blank: expect("idle", 0, .output),
      .answer: expect("idle", -1, .output), .hint: expect("idle", 0, .error),
      .skip: expect("idle", 0, .error),
      .stop: expect("idle", 0, .error), .reviewStop: expect("idle", 0, .error),
      .quiz: expect("quiz", 0, .output), .review: expect("quiz in review", 0, .output),
      .override: expect("idle", 0, .error),
    ],
    .quizInReview: [
      .command: expect("quiz in review", 0, .refused), .blank: expect("quiz in review", 0, .error),
      .answer: expect("rating right in review", 1, .output), .hint: expect("quiz in review", 0, .output),
      .skip: expect("quiz in review", 1, .output), .stop: expect("quiz in review", 1, .output),
      .reviewStop: expect("idle", 0, .output), .quiz: expect("quiz in review", 0, .error),
      .review: expect("quiz in review", 0, .error), .override: expect("quiz in review", 0, .error),
    ],
    .predictionInReview: [
      .command: expect("prediction in review", 0, .refused),
      .blank: expect("prediction in review", 0, .error),
      .answer: expect("rating right in review", 1, .output),
      .hint: expect("prediction in review", 0, .output),
      .skip: expect("idle", 1, .output), .stop: expect("idle", 1, .output),
      .reviewStop: expect("idle", 0, .output), .quiz: expect("prediction in review", 0, .refused),
      .review: expect("prediction in review", 0, .refused),
      .override: expect("prediction in review", 0, .error),
    ],
    .interviewInReview: [
      .command: expect("interview in review", 0, .nothing), .blank: expect("interview in review", 0, .error),
      .answer: expect("interview in review", 0, .nothing), .hint: expect("interview in review", 0, .nothing),
      .skip: expect("rating in review", 0, .output), .stop: expect("interview in review", 0, .nothing),
      .reviewStop: expect("idle", 0, .output), .quiz: expect("interview in review", 0, .nothing),
      .review: expect("interview in review", 0, .nothing),
      .override: expect("interview in review", 0, .error),
    ],
    // Plan: open, quiz, open. A quiz answer moves on to the third question, an open one.
    .quizInMock: [
      .command: expect("quiz in mock", 0, .refused), .blank: expect("quiz in mock", 0, .error),
      .answer: expect("interview in mock", 1, .output), .hint: expect("quiz in mock", 0, .output),
      .skip: expect("interview in mock", 1, .output), .stop: expect("idle", 0, .output),
      .reviewStop: expect("quiz in mock", 0, .error), .quiz: expect("quiz in mock", 0, .error),
      .review: expect("quiz in mock", 0, .error), .override: expect("quiz in mock", 0, .error),
    ],
    .interviewInMock: [
      .command: expect("interview in mock", 0, .nothing), .blank: expect("interview in mock", 0, .error),
      .answer: expect("interview in mock", 0, .nothing), .hint: expect("interview in mock", 0, .nothing),
      .skip: expect("rating in mock", 0, .output), .stop: expect("idle", 0, .output),
      .reviewStop: expect("interview in mock", 0, .nothing), .quiz: expect("interview in mock", 0, .nothing),
      .review: expect("interview in mock", 0, .nothing), .override: expect("interview in mock", 0, .error),
    ],
    // A rating (the answer here: hard) changes the one review recorded; any other line leaves it
    // good and runs as usual.
    .rightQuiz: [
      .command: expect("idle", 0, .output), .blank: expect("idle", 0, .output),
      .answer: expect("idle", 0, .output), .hint: expect("idle", 0, .error), .skip: expect("idle", 0, .error),
      .stop: expect("idle", 0, .error), .reviewStop: expect("idle", 0, .error),
      .quiz: expect("quiz", 0, .output), .review: expect("quiz in review", 0, .output),
      .override: expect("idle", 0, .error),
    ],
    // In a review the next card follows; another line is not run (but review stop ends it).
    .rightInReview: [
      .command: expect("quiz in review", 0, .output), .blank: expect("quiz in review", 0, .output),
      .answer: expect("quiz in review", 0, .output), .hint: expect("quiz in review", 0, .output),
      .skip: expect("quiz in review", 0, .output), .stop: expect("quiz in review", 0, .output),
      .reviewStop: expect("idle", 0, .output), .quiz: expect("quiz in review", 0, .output),
      .review: expect("quiz in review", 0, .output), .override: expect("quiz in review", 0, .output),
    ],
  ]

  @Test func theTableCoversEveryStateAndEveryLine() {
    #expect(Set(Self.table.keys) == Set(PracticeStart.allCases))
    for (start, row) in Self.table { #expect(Set(row.keys) == Set(Line.allCases), "\(start)") }
  }

  @Test(arguments: PracticeStart.allCases, Line.allCases)
  func aLineInAState(start: PracticeStart, line: Line) throws {
    let expected = try #require(Self.table[start]?[line])
    var (shell, store) = start.shell()
    let before = store.reviews().count
    let text = line.text(in: shell, start)
    let outcome = shell.execute(text)
    let printed: Printed =
      if let error = outcome.error {
        error.contains("did not run, and was not graded") ? .refused : .error
      } else {
        outcome.output.isEmpty ? .nothing : .output
      }
    let what = "\(start.rawValue) + '\(text)': \(outcome.error ?? outcome.output.prefix(160).description)"
    #expect(PracticeStart.describe(shell.tutor.practice) == expected.after, "\(what)")
    #expect(store.reviews().count - before == expected.recorded, "\(what)")
    #expect(printed == expected.printed, "\(what)")
  }

  /// A drill takes every line as an answer but the shell's own words: `quit` leaves, `help` helps.
  @Test func quitAndHelpWorkInADrill() {
    var (shell, _) = PracticeStart.drill.shell()
    let help = shell.execute("help mnemonic")
    #expect(help.output.hasPrefix("mnemonic [LETTER|drill]"), "\(help.output)")
    #expect(PracticeStart.describe(shell.tutor.practice) == "drill", "the drill goes on")
    #expect(shell.execute("quit").shouldQuit)
  }
}
