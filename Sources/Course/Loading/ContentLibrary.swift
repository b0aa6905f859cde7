/// Everything the course teaches, loaded and cross-checked: lessons, scenarios, the mnemonic and
/// the quiz's question templates.
public struct ContentLibrary: Hashable, Sendable {
  /// The lessons, sorted by order, then id.
  public var lessons: [Lesson]
  /// The scenarios, sorted by order, then id.
  public var scenarios: [Scenario]
  /// The mnemonic, when the content has one.
  public var mnemonic: Mnemonic?
  /// The question templates, sorted by id.
  public var quizzes: [QuizTemplate]
  /// The open interview questions, sorted by id.
  public var interviews: [InterviewQuestion]
  /// The challenges, sorted by order, then id.
  public var challenges: [Challenge] = []

  /// Creates a library (use ``ContentLoader/load(_:)`` to read one from files).
  public init(
    lessons: [Lesson] = [], scenarios: [Scenario] = [], mnemonic: Mnemonic? = nil,
    quizzes: [QuizTemplate] = [], interviews: [InterviewQuestion] = []
  ) {
    self.lessons = lessons
    self.scenarios = scenarios
    self.mnemonic = mnemonic
    self.quizzes = quizzes
    self.interviews = interviews
  }

  /// The interview question with `id`.
  public func interview(_ id: String) -> InterviewQuestion? { interviews.first { $0.id == id } }

  /// The interview topics, sorted.
  public var interviewTopics: [String] { Array(Set(interviews.map(\.topic))).sorted() }

  /// The question template with `id`.
  public func quiz(_ id: String) -> QuizTemplate? { quizzes.first { $0.id == id } }

  /// The quiz topics, sorted.
  public var quizTopics: [String] { Array(Set(quizzes.map(\.topic))).sorted() }

  /// The lesson with `id`.
  public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id == id } }

  /// The challenge with `id`.
  public func challenge(_ id: String) -> Challenge? { challenges.first { $0.id == id } }

  /// The scenario with `id`.
  public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

  /// The lesson after (`offset` 1) or before (`offset` -1) the one with `id`.
  public func lesson(after id: String, offset: Int) -> Lesson? {
    guard let index = lessons.firstIndex(where: { $0.id == id }) else { return nil }
    let next = index + offset
    return lessons.indices.contains(next) ? lessons[next] : nil
  }
}

/// A library and every problem found while loading it.
public struct LoadedContent: Hashable, Sendable {
  /// What could be loaded (files with problems are left out or partly loaded).
  public var library: ContentLibrary
  /// Every problem, sorted by file and line.
  public var problems: [ContentProblem]
}
