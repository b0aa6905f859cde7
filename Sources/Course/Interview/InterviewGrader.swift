/// Grades a free-text answer against a question's key points: a point is covered when the answer
/// says what any of its phrasings says (``Phrasing/matches(_:)``): the phrasing's words or their
/// synonyms, in any form and any order, close together in one sentence, and not negated.
public enum InterviewGrader {
  /// Which of `question`'s key points `answer` covers and which it misses.
  public static func grade(_ answer: String, for question: InterviewQuestion) -> InterviewGrade {
    let text = AnswerText(answer)
    var covered: [KeyPoint] = []
    var missed: [KeyPoint] = []
    for point in question.keyPoints {
      if point.phrasings.contains(where: { Phrasing($0).matches(text) }) {
        covered.append(point)
      } else {
        missed.append(point)
      }
    }
    return InterviewGrade(covered: covered, missed: missed)
  }
}

/// The key points an answer covered and missed.
public struct InterviewGrade: Hashable, Sendable {
  /// Points the answer covers, in the question's order.
  public var covered: [KeyPoint]
  /// Points it misses, in the question's order.
  public var missed: [KeyPoint]

  /// Creates a grade.
  public init(covered: [KeyPoint], missed: [KeyPoint]) {
    self.covered = covered
    self.missed = missed
  }

  /// All the points.
  public var total: Int { covered.count + missed.count }

  /// The share of points covered, 0 to 1 (1 for a question without points).
  public var fraction: Double { total == 0 ? 1 : Double(covered.count) / Double(total) }
}
