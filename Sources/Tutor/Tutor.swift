import Course
import ReplicationModel
import TerminalUI
import Workbench

/// The course on top of a workbench: lessons, scenarios, predictions, quizzes, interviews, review
/// and progress, and the one ``Practice`` value that says what the learner is doing.
///
/// A tutor never touches a terminal, a file or a clock: the time arrives with each line.
public struct Tutor: Sendable {
  /// The learner's own world, which lessons and scenarios replace and every command acts on.
  public package(set) var bench: Workbench
  /// The course: its content and the learner's place, counters and progress store.
  package var course = CourseState()
  /// What the learner is doing.
  package var practice = Practice.idle
  /// Whether the learner replaced the scenario's world (`reset`, `cluster`, `seed`): the prompt
  /// then says the scenario is paused, until a step or another scenario runs.
  package var scenarioPaused = false
  /// Whether a line parses as a command of the whole language (the shell's, which knows every
  /// catalogue): a command typed while a question waits is refused rather than graded.
  package let recognizesCommand: @Sendable (String) -> Bool

  /// Creates a tutor with the default two-region world, the content from `content`, and the
  /// shell's way of telling a command from an answer.
  package init(
    options: SessionOptions, content: ContentSource, recognizesCommand: @escaping @Sendable (String) -> Bool
  ) {
    bench = Workbench(options: options)
    course.source = content
    self.recognizesCommand = recognizesCommand
  }

  /// Output options (the workbench's).
  public var options: SessionOptions {
    get { bench.options }
    set { bench.options = newValue }
  }

  /// The seed of the learner's world.
  package var seed: UInt64 { bench.seed }

  /// The styler for the session's text style.
  package var styler: Styler { bench.styler }

  /// The prompt's text, without colour or the trailing `> `: `multileader`, `drill 2/4` during a
  /// mnemonic drill, `quiz clock-skew` while a quiz question waits for its answer, `rate` while a
  /// right answer waits for its rating, `challenge lost-write` while a challenge is in progress, or the scenario and its step, such as
  /// `topping-timestamp 3/9`.
  public var prompt: String {
    switch practice {
    case .drill(let drill): return "drill \(drill.index + 1)/\(drill.letters.count)"
    case .asking(.interview(let interview), let sitting): return interview.prompt(mock: sitting?.mock)
    case .asking(.quiz(let quiz), let sitting):
      if let mock = sitting?.mock { return "mock \(mock.results.count + 1)/\(mock.plan.count) quiz" }
      return "quiz \(quiz.question.instance.template.topic)"
    case .asking(.prediction(let active), _):
      return "predict \(active.prediction.scenario) \(active.prediction.step)"
    case .rating: return "rate"
    case .challenge(let active): return "challenge \(active.challenge.id)"
    case .planning: return "plan"
    case .idle, .confirmingReset: break
    }
    if let id = course.place.scenario, let scenario = course.loaded?.library.scenario(id) {
      return "\(id) \(course.place.step)/\(scenario.steps.count)\(scenarioPaused ? " paused" : "")"
    }
    return "multileader"
  }

  /// Where the learner is in the course, for the executable to save between runs.
  public var coursePlace: CoursePlace { course.place }

  /// Restores a place saved by an earlier run (`continue` then picks it up); the attached
  /// progress store's place is then not read.
  public mutating func restoreCoursePlace(_ place: CoursePlace) {
    course.place = place
    course.savedPlace = place
    course.placeLoaded = true
  }

  /// The self-ratings given to open interview questions so far, oldest first, for a progress store.
  public var interviewRatings: [InterviewRating] { course.ratings }

  /// Takes the learner's time for the line about to run: reviews are stamped and scheduled with
  /// it, "today" is its day on the learner's calendar, and a mock interview's budget counts it.
  package mutating func setTime(_ time: LearnerTime) {
    course.now = time.moment
    course.utcOffset = time.utcOffsetSeconds
    if let seconds = time.wallClockSeconds { course.wallClock = seconds }
  }

  /// The notices gathered while the last line ran (store problems), emptied.
  package mutating func takeNotices() -> [String] {
    defer { course.notices = [] }
    return course.notices
  }

  /// Takes over another workbench's world (cluster, seed and simulation), keeping the options
  /// and the last exploration: a scenario step, a lesson example or a mnemonic demo. The undo
  /// history starts again there; `origin` names that point ("step 3 of the scenario").
  package mutating func adoptWorld(of other: Workbench, origin: String = "this world was set up") {
    bench.world = other.world
    bench.configuration = other.configuration
    bench.seed = other.seed
    bench.restartHistory(origin: origin)
  }
}

/// The learner's time, passed in with each line (the tutor never reads a clock).
public struct LearnerTime: Hashable, Sendable {
  /// The time now.
  public var moment: Moment
  /// The learner's offset from UTC in seconds (east positive), for calendar days.
  public var utcOffsetSeconds: Int
  /// Seconds on a wall clock, for a mock interview's time budget; `nil` when there is none, and
  /// a mock interview is then timed by its number of questions only.
  public var wallClockSeconds: Double?

  /// Creates a time; by default in UTC and with no wall clock for mock interviews.
  public init(_ moment: Moment, utcOffsetSeconds: Int = 0, wallClockSeconds: Double? = nil) {
    self.moment = moment
    self.utcOffsetSeconds = utcOffsetSeconds
    self.wallClockSeconds = wallClockSeconds
  }
}
