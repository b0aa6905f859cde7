/// Where the learner is in the course: for "continue where you left off".
public struct CoursePlace: Hashable, Sendable {
  /// The lesson last shown.
  public var lesson: String?
  /// The scenario being stepped through.
  public var scenario: String?
  /// Steps of that scenario done so far.
  public var step: Int
  /// Lessons shown at least once.
  public var lessonsRead: Set<String>
  /// Scenarios stepped through to their last step at least once.
  public var scenariosFinished: Set<String>

  /// Creates a place; the empty place is the start of the course.
  public init(
    lesson: String? = nil, scenario: String? = nil, step: Int = 0, lessonsRead: Set<String> = [],
    scenariosFinished: Set<String> = []
  ) {
    self.lesson = lesson
    self.scenario = scenario
    self.step = step
    self.lessonsRead = lessonsRead
    self.scenariosFinished = scenariosFinished
  }

  /// Whether the learner has started anything.
  public var isStart: Bool { lesson == nil && scenario == nil }
}
