import Course
import Testing

@testable import Shell
@testable import Tutor
@testable import Workbench

/// A shell put into one practice state, for the transition tests.
enum PracticeStart: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case idle, drill, quiz, prediction, interview, rating, confirmingReset
  case quizInReview, predictionInReview, interviewInReview, quizInMock, interviewInMock
  /// A right quiz answer waiting for its rating, alone and as a review's card.
  case rightQuiz, rightInReview

  var testDescription: String { rawValue }

  /// The practice state the shell is in, in a few words: `quiz in review`, `rating in mock`.
  static func describe(_ practice: Practice) -> String {
    switch practice {
    case .idle: return "idle"
    case .drill: return "drill"
    case .confirmingReset: return "confirming reset"
    case .challenge: return "challenge"
    case .planning: return "planning"
    case .rating(_, let review): return review == nil ? "rating right" : "rating right in review"
    case .asking(let question, let sitting):
      let name =
        switch question {
        case .quiz: "quiz"
        case .prediction: "prediction"
        case .interview(let interview): interview.grade == nil ? "interview" : "rating"
        }
      switch sitting {
      case nil: return name
      case .review?: return name + " in review"
      case .mock?: return name + " in mock"
      }
    }
  }

  /// The name ``describe(_:)`` gives this start.
  var described: String {
    switch self {
    case .confirmingReset: "confirming reset"
    case .quizInReview: "quiz in review"
    case .predictionInReview: "prediction in review"
    case .interviewInReview: "interview in review"
    case .quizInMock: "quiz in mock"
    case .interviewInMock: "interview in mock"
    case .rightQuiz: "rating right"
    case .rightInReview: "rating right in review"
    default: rawValue
    }
  }

  private static let monday = Moment(secondsSince1970: 1_700_000_000)

  /// A shell with its store, in this state; every set-up line must succeed.
  func shell() -> (ShellSession, InMemoryProgress) {
    let store = InMemoryProgress()
    var shell = ShellSession(options: SessionOptions(seed: 3))
    shell.attachProgress(store)
    let time = LearnerTime(Self.monday)
    func run(_ line: String) {
      let outcome = shell.execute(line, at: time)
      precondition(outcome.error == nil, "\(rawValue): \(line): \(outcome.error ?? "")")
    }
    switch self {
    case .idle: break
    case .drill: run("mnemonic drill")
    case .quiz: run("quiz clock-skew")
    case .prediction:
      run("scenario topping-timestamp")
      run("predict")
    case .interview: run("interview question quorum-two-leaders")
    case .rating:
      run("interview question quorum-two-leaders")
      run("Both leaders must agree.")
      run("")
    case .confirmingReset:
      run("quiz clock-skew")
      run("skip")
      run("progress reset")
    case .quizInReview: run("review")
    case .predictionInReview:
      store.record(
        ReviewRecord(
          cardID: "prediction/topping-timestamp/1", topic: "predictions", time: Self.monday.adding(days: -1),
          rating: .again, source: .prediction))
      run("review --new 0")
    case .interviewInReview:
      store.record(
        ReviewRecord(
          cardID: "interview/crdts", topic: "crdts", time: Self.monday.adding(days: -1), rating: .again,
          source: .learner))
      run("review --new 0")
    case .quizInMock:
      run("interview --questions 3")
      run("An answer.")
      run("")
      run("good")
    case .interviewInMock: run("interview --questions 3")
    case .rightQuiz:
      run("quiz clock-skew")
      run(rightAnswer(in: shell))
    case .rightInReview:
      run("review")
      run(rightAnswer(in: shell))
    }
    precondition(
      Self.describe(shell.tutor.practice) == described, "\(rawValue): \(Self.describe(shell.tutor.practice))")
    return (shell, store)
  }

  /// The right answer to what waits, worked out from the model (or the content) at run time.
  func rightAnswer(in shell: ShellSession) -> String {
    switch shell.tutor.practice {
    case .idle, .challenge: return "state"
    case .drill(let drill): return drill.letters[drill.index].word
    case .confirmingReset: return "yes"
    case .planning: return "5"
    case .rating: return "hard"
    case .asking(.quiz(let quiz), _): return quiz.question.expected.description
    case .asking(.prediction(let prediction), _): return prediction.prediction.expected.description
    case .asking(.interview(let interview), _):
      return interview.grade == nil ? "A majority of two leaders is two." : "good"
    }
  }
}
