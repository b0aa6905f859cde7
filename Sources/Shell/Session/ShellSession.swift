import Course
import ReplicationModel
import ReplicationSimulation
import TerminalUI

/// One learner's shell: the replication world plus the command language that drives it.
///
/// A session takes one line at a time and returns what to print. It never touches a terminal,
/// a file or a clock, so the REPL, `multileader run FILE`, scenario files and tests all drive
/// it the same way. A command that fails leaves the world exactly as it was.
public struct ShellSession: Sendable {
  /// Output options.
  public var options: SessionOptions
  /// Lines entered so far (from earlier sessions too, when the line reader provides them).
  public private(set) var history: [String] = []
  /// The replication world the commands act on.
  public internal(set) var world: Simulation
  /// The cluster description the world was built from (for `cluster`, `seed` and `reset`).
  var configuration: ClusterConfiguration
  /// The seed of the current world.
  var seed: UInt64
  /// The course: its content and the learner's place.
  var course = CourseState()
  /// The last exploration, for `replay`.
  var exploration: ExplorationMemory?

  /// The most lines `history` keeps.
  public static let historyLimit = 1_000

  /// Creates a session with the default two-region cluster.
  public init(options: SessionOptions = SessionOptions()) {
    self.options = options
    self.seed = options.seed
    self.configuration = ClusterConfiguration()
    // The default configuration is valid by construction.
    self.world = try! Simulation(configuration: configuration, seed: options.seed)
  }

  /// The prompt's text, without colour or the trailing `> `: `multileader`, `drill 2/4` during a
  /// mnemonic drill, `quiz clock-skew` while a quiz question waits for its answer, or the scenario
  /// and its step, such as `topping-timestamp 3/9`.
  public var prompt: String {
    if let interview = course.interview { return interview.prompt(mock: course.mock) }
    if let quiz = course.quiz {
      if let mock = course.mock { return "mock \(mock.results.count + 1)/\(mock.plan.count) quiz" }
      return "quiz \(quiz.question.instance.template.topic)"
    }
    if let prediction = course.prediction?.prediction {
      return "predict \(prediction.scenario) \(prediction.step)"
    }
    if let drill = course.drill { return "drill \(drill.index + 1)/\(drill.letters.count)" }
    if let id = course.place.scenario, let scenario = course.loaded?.library.scenario(id) {
      return "\(id) \(course.place.step)/\(scenario.steps.count)"
    }
    return "multileader"
  }

  /// Creates a session whose course content comes from `content`.
  public init(options: SessionOptions = SessionOptions(), content: ContentSource) {
    self.init(options: options)
    course.source = content
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

  /// Runs one line: a command, a comment or a blank line.
  ///
  /// The first non-blank line reads the learner's place from the progress store; a line that
  /// moves the place saves it.
  public mutating func execute(_ line: String) -> CommandOutcome {
    if !line.trimmingSpaces.isEmpty { loadPlaceIfNeeded() }
    var outcome = executeLine(line)
    savePlaceIfChanged()
    outcome.notices = course.notices
    course.notices = []
    return outcome
  }

  private mutating func executeLine(_ line: String) -> CommandOutcome {
    let trimmed = line.trimmingSpaces
    if !trimmed.isEmpty && history.last != trimmed {
      history.append(
        trimmed.utf8.count <= CommandParser.maximumLineLength ? trimmed : String(trimmed.prefix(80)) + "…")
      if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }
    if course.pendingReset != nil, let outcome = confirmReset(line) { return outcome }
    if course.interview != nil && !Self.isInterviewControl(line) {
      return answerInterview(line)
    }
    if course.drill != nil && !line.trimmingSpaces.isEmpty {
      return CommandOutcome(output: answerDrill(line))
    }
    if course.mock != nil && line.trimmingSpaces.lowercased() == "stop" {
      return CommandOutcome(output: stopMockInterview())
    }
    let quizWaiting = course.quiz != nil
    if quizWaiting && !Self.isQuizControl(line) {
      return afterMockQuiz(answerQuiz(line), quizWaiting: quizWaiting)
    }
    if course.prediction != nil && !Self.isPredictionControl(line) { return answerPrediction(line) }
    do {
      guard let command = try CommandParser.parse(line) else { return CommandOutcome() }
      var next = self
      let outcome = try next.run(command)
      self = next
      return afterMockQuiz(outcome, quizWaiting: quizWaiting)
    } catch {
      return CommandOutcome(error: error.text)
    }
  }

  /// The wall-clock time, in seconds from any fixed start, for the mock interview's time budget.
  ///
  /// The session never reads a clock: the interactive executable passes one in before each line.
  /// Without it, a mock interview is timed by its number of questions only.
  public mutating func setWallClock(seconds: Double) { course.wallClock = seconds }

  /// The self-ratings given to open interview questions so far, oldest first, for a progress store.
  public var interviewRatings: [InterviewRating] { course.ratings }

  /// Adds lines from an earlier session to the history (the line reader calls this at start).
  public mutating func restoreHistory(_ lines: [String]) {
    history.append(contentsOf: lines)
    if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
  }

  /// The completions for the word that starts at byte offset `wordStart` of `line`.
  ///
  /// `line` is the text before the cursor; the word being completed is `line[wordStart...]`.
  /// Returns full candidate words, sorted, each starting with the partial word.
  public mutating func completions(forLine line: String, wordStart: Int) -> [String] {
    let library = course.library()
    return Completer(session: self, library: library).completions(forLine: line, wordStart: wordStart)
  }

  var styler: Styler { Styler(style: options.style) }

  private mutating func run(_ command: Command) throws(ShellError) -> CommandOutcome {
    switch command {
    case .quit: return CommandOutcome(output: "", shouldQuit: true)
    case .clear:
      var outcome = CommandOutcome()
      outcome.clearsScreen = true
      return outcome
    case .help(let name):
      return CommandOutcome(output: try HelpText.render(name, width: options.width, styler: styler))
    case .history: return CommandOutcome(output: historyListing())
    case .export(let request): return try export(request)
    // Pictures are drawn to the width already; wrapping them again would only cost time.
    case .diagram(let request): return CommandOutcome(output: try diagramView(request))
    case .topology(let ascii): return CommandOutcome(output: topologyView(ascii: ascii))
    default:
      let output = try perform(command)
      return CommandOutcome(
        output: command.printsJSON(globally: options.json)
          ? output : OutputFitter.fit(output, width: options.width))
    }
  }

  private func historyListing() -> String {
    let width = String(history.count).count
    return history.enumerated().map { index, line in
      let number = String(index + 1)
      return String(repeating: " ", count: width - number.count) + number + "  "
        + TerminalText.sanitized(line)
    }.joined(separator: "\n")
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }
}
