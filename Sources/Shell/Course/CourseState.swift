import Course
import CourseContent

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
  /// A prediction about a scenario step waiting for its answer.
  var prediction: ActivePrediction?
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
  /// Where progress is recorded: in memory unless the executable attaches its store.
  var progress: any ProgressRecording = InMemoryProgress()
  /// The time now, set by the caller before each line (the session never reads a clock).
  var now = Moment(secondsSince1970: 0)
  /// Whether the place has been read from `progress` (on the first line).
  var placeLoaded = false
  /// The place as last saved.
  var savedPlace = CoursePlace()
  /// Whether the learner has been told that progress is not being saved.
  var progressWarned = false
  /// Things to tell the learner after the current line (store notices, saving problems).
  var notices: [String] = []
  /// This session's `review --new N --reviews N`, over the saved daily limits.
  var sessionLimits = ReviewLimitOverrides()
  /// The learner's offset from UTC in seconds, for the calendar day of the daily limits.
  var utcOffset = 0
  /// The review in progress.
  var review: ReviewSession?
  /// A `progress reset` waiting for its confirmation: the topic (`.some(nil)` for everything).
  var pendingReset: String??

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
