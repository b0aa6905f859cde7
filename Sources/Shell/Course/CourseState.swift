import Course
import CourseContent

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

  /// Creates a place; the empty place is the start of the course.
  public init(lesson: String? = nil, scenario: String? = nil, step: Int = 0, lessonsRead: Set<String> = []) {
    self.lesson = lesson
    self.scenario = scenario
    self.step = step
    self.lessonsRead = lessonsRead
  }

  /// Whether the learner has started anything.
  public var isStart: Bool { lesson == nil && scenario == nil }
}

/// Where a session's course content comes from.
public enum ContentSource: Hashable, Sendable {
  /// The content built into the binary.
  case builtIn
  /// Files read from a folder by the executable (`--content DIR`).
  case files([ContentFile], folder: String)
}

/// The course part of a session: its content (loaded on first use) and the learner's place.
struct CourseState: Sendable {
  /// Where the content comes from.
  var source: ContentSource = .builtIn
  /// The loaded content; `nil` until a course command first needs it.
  var loaded: LoadedContent?
  /// The learner's place.
  var place = CoursePlace()
  /// A mnemonic drill in progress.
  var drill: MnemonicDrill?
  /// How many drills have started (each shuffles the letters from the seed and this count).
  var drillsStarted: UInt64 = 0
  /// The quiz question being asked.
  var quiz: ActiveQuiz?
  /// The template of the last question asked, for `again`.
  var lastQuizTemplate: String?
  /// How many quiz questions have been asked (each draws its seed from the session seed and this).
  var quizzesAsked: UInt64 = 0
  /// How the last quiz question ended, for the mock interview.
  var lastQuizResult: QuizResult?
  /// The open interview question being answered or rated.
  var interview: ActiveInterview?
  /// The mock interview in progress.
  var mock: MockInterview?
  /// The self-ratings given so far, oldest first.
  var ratings: [InterviewRating] = []
  /// How many interview questions and mock interviews have been started (for their seeds).
  var interviewsAsked: UInt64 = 0
  /// The wall-clock time the executable last passed in, in seconds; `nil` when none is given.
  var wallClock: Double?

  /// The content, loading it on first use.
  mutating func library() -> ContentLibrary {
    if let loaded { return loaded.library }
    let files: [ContentFile]
    switch source {
    case .builtIn: files = BuiltInContent.files
    case .files(let folderFiles, _): files = folderFiles
    }
    let content = ContentLoader.load(files)
    loaded = content
    return content.library
  }
}
