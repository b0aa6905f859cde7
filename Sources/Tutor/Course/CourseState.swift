import Course
import CourseContent
import Workbench

/// Where a session's course content comes from.
public enum ContentSource: Hashable, Sendable {
  /// The content built into the binary.
  case builtIn
  /// Files read from a folder by the executable (`--content DIR`).
  case files([ContentFile], folder: String)
}

/// The course part of a tutor: its content (loaded on first use), the learner's place, the
/// counters that seed questions, and the progress store. What the learner is doing is ``Practice``.
package struct CourseState: Sendable {
  /// Where the content comes from.
  package var source: ContentSource = .builtIn
  /// The loaded content; `nil` until a course command first needs it.
  package var loaded: LoadedContent?
  /// The learner's place.
  package var place = CoursePlace()
  /// How many drills have started (each shuffles the letters from the seed and this count).
  package var drillsStarted: UInt64 = 0
  /// The learner's most recent graded answer, for `override`.
  package var lastGraded: GradedAnswer?
  /// The template of the last question asked, for `again`.
  package var lastQuizTemplate: String?
  /// The parameter values the last quiz question was asked with, for `again` to change.
  package var lastQuizValues: [String: String] = [:]
  /// How many quiz questions have been asked (each draws its seed from the session seed and this).
  package var quizzesAsked: UInt64 = 0
  /// The self-ratings given so far, oldest first.
  package var ratings: [InterviewRating] = []
  /// How many interview questions and mock interviews have been started (for their seeds).
  package var interviewsAsked: UInt64 = 0
  /// The wall-clock time the executable last passed in, in seconds; `nil` when none is given.
  package var wallClock: Double?
  /// Where progress is recorded: in memory unless the executable attaches its store.
  package var progress: any ProgressRecording = InMemoryProgress()
  /// The time now, set by the caller before each line (the session never reads a clock).
  package var now = Moment(secondsSince1970: 0)
  /// Whether the place has been read from `progress` (on the first line).
  package var placeLoaded = false
  /// The place as last saved.
  package var savedPlace = CoursePlace()
  /// Whether the learner has been told that progress is not being saved.
  package var progressWarned = false
  /// Things to tell the learner after the current line (store notices, saving problems).
  package var notices: [String] = []
  /// This session's `review --new N --reviews N`, over the saved daily limits.
  package var sessionLimits = ReviewLimitOverrides()
  /// The learner's offset from UTC in seconds, for the calendar day of the daily limits.
  package var utcOffset = 0

  /// The content, loading it on first use.
  package mutating func library() -> ContentLibrary {
    if let loaded { return loaded.library }
    let files: [ContentFile]
    switch source {
    case .builtIn: files = BuiltInContent.files
    case .files(let folderFiles, _): files = folderFiles
    }
    let content = ContentLoader.load(files, checkingWordings: false)
    loaded = content
    return content.library
  }
}
