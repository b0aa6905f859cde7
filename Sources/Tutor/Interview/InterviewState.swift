import Course
import Workbench

/// An open interview question waiting for its answer, then for the learner's self-rating.
package struct ActiveInterview: Hashable, Sendable {
  /// The question.
  package let question: InterviewQuestion
  /// The answer's lines typed so far.
  package var lines: [String] = []
  /// The grade, once the answer is finished; the session then waits for a rating.
  package var grade: InterviewGrade?

  /// The most characters an answer may have.
  package static let answerLimit = 4_000

  /// The prompt: `answer` while answering, `rate` while waiting for a rating, with the mock
  /// interview's place when there is one.
  package func prompt(mock: MockInterview?) -> String {
    let state = grade == nil ? "answer" : "rate"
    guard let mock else { return state }
    return "mock \(mock.results.count + 1)/\(mock.plan.count) \(state)"
  }
}

/// How a quiz question ended.
package enum QuizResult: String, Hashable, Sendable {
  case right, wrong, skipped
}

/// A mock interview in progress: the planned questions and the results so far.
package struct MockInterview: Hashable, Sendable {
  /// One planned question.
  package enum Item: Hashable, Sendable {
    /// An open question, by id.
    case open(String)
    /// A model-checked quiz question, drawn when it is asked.
    case quiz
  }

  /// The questions, in order.
  package let plan: [Item]
  /// The time budget in minutes, if any.
  package let minutes: Int?
  /// The wall-clock time it started at, when the executable passes one in.
  package let startedAt: Double?
  /// One result per question answered so far.
  package var results: [MockResult] = []
}

/// How one question of a mock interview went.
package struct MockResult: Hashable, Sendable {
  /// Open question or quiz question.
  package let open: Bool
  /// The question's or template's id.
  package let id: String
  /// Its topic.
  package let topic: String
  /// The lesson to read.
  package let lesson: String
  /// The score, 0 to 1: the share of key points covered, or 1 for a right quiz answer.
  package let score: Double
  /// A short verdict: `3/5 points` or `right`.
  package let verdict: String
}

/// The scoring of a mock interview, kept apart from the session so tests can check it directly.
package enum MockScoring {
  /// The total score, out of `results.count`.
  package static func total(_ results: [MockResult]) -> Double { results.reduce(0) { $0 + $1.score } }

  /// The topics with an average score below 1, weakest first (ties by name), at most `limit`.
  package static func weakestTopics(_ results: [MockResult], limit: Int = 3) -> [(
    topic: String, average: Double
  )] {
    var sums: [String: (sum: Double, count: Int)] = [:]
    for result in results {
      let old = sums[result.topic] ?? (0, 0)
      sums[result.topic] = (old.sum + result.score, old.count + 1)
    }
    let averages = sums.map { (topic: $0.key, average: $0.value.sum / Double($0.value.count)) }
    return Array(
      averages.filter { $0.average < 1 }.sorted { ($0.average, $0.topic) < ($1.average, $1.topic) }.prefix(
        limit))
  }
}
