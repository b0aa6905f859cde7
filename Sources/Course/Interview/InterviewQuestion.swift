/// An open interview question: the question, multileader's model answer, and the key points a
/// good answer covers, each with the phrasings that count as covering it.
public struct InterviewQuestion: Hashable, Sendable, Identifiable {
  /// The id used by `interview question ID`.
  public var id: String
  /// The topic `interview question TOPIC` selects it by, and the mock interview scores by.
  public var topic: String
  /// The lesson that teaches the idea.
  public var lesson: String
  /// Where the question comes from.
  public var source: InterviewSource
  /// The question, Markdown.
  public var question: String
  /// The model answer, Markdown, in multileader's own words.
  public var modelAnswer: String
  /// What a good answer covers.
  public var keyPoints: [KeyPoint]
  /// The primary sources for the claims about named real systems, one line each, Markdown
  /// (`Cassandra: apache/cassandra, Cells.java`); empty when it names none.
  public var sources: [String]
  /// The file it came from, relative to the content folder.
  public var file: String

  /// Creates a question.
  public init(
    id: String, topic: String, lesson: String, source: InterviewSource, question: String,
    modelAnswer: String, keyPoints: [KeyPoint], sources: [String] = [], file: String
  ) {
    self.id = id
    self.topic = topic
    self.lesson = lesson
    self.source = source
    self.question = question
    self.modelAnswer = modelAnswer
    self.keyPoints = keyPoints
    self.sources = sources
    self.file = file
  }
}

/// Where an interview question comes from.
public enum InterviewSource: String, CaseIterable, Hashable, Sendable {
  /// One of the source document's questions, rewritten.
  case seed
  /// Written for multileader.
  case own
}

/// One thing a good answer says, and the phrasings that count as saying it.
public struct KeyPoint: Hashable, Sendable {
  /// The point, as the learner is shown it.
  public var description: String
  /// Phrasings, any of which covers the point, as written (read and matched by ``Phrasing``).
  public var phrasings: [String]
  /// The line it is on.
  public var line: Int

  /// Creates a key point.
  public init(description: String, phrasings: [String], line: Int) {
    self.description = description
    self.phrasings = phrasings
    self.line = line
  }
}

/// How well a learner says they knew an answer: the four ratings of a spaced-repetition review.
public enum SelfRating: String, CaseIterable, Hashable, Sendable {
  /// Did not know it; show it again soon.
  case again
  /// Knew it with effort.
  case hard
  /// Knew it.
  case good
  /// Knew it without thinking.
  case easy

  /// The rating a typed word names (`again`, `hard`, `good`, `easy`, or 1 to 4), if any.
  public init?(typed text: String) {
    let word = text.trimmingSpaces.lowercased()
    if let rating = SelfRating(rawValue: word) {
      self = rating
    } else if let number = Int(word), (1...4).contains(number) {
      self = SelfRating.allCases[number - 1]
    } else {
      return nil
    }
  }
}

/// One self-rated interview answer: what a progress store records for the question's card.
public struct InterviewRating: Hashable, Sendable {
  /// The question's id.
  public var questionID: String
  /// The question's topic.
  public var topic: String
  /// The learner's rating.
  public var rating: SelfRating
  /// Key points the answer covered.
  public var covered: Int
  /// Key points the question has.
  public var total: Int

  /// Creates a rating record.
  public init(questionID: String, topic: String, rating: SelfRating, covered: Int, total: Int) {
    self.questionID = questionID
    self.topic = topic
    self.rating = rating
    self.covered = covered
    self.total = total
  }
}
