import Course
import ReplicationSimulation
import TerminalUI
import Tutor
import Workbench

/// One learner's shell: the thin composition of a ``Tutor`` (which holds the ``Workbench``) with
/// history, help and completion over both command languages.
///
/// A session takes one line at a time and returns what to print. It never touches a terminal,
/// a file or a clock, so the REPL, `multileader run FILE`, scenario files and tests all drive
/// it the same way. A command that fails leaves the world exactly as it was.
public struct ShellSession: Sendable {
  /// Lines entered so far (from earlier sessions too, when the line reader provides them).
  public private(set) var history: [String] = []
  /// The course, the learner's practice and the world.
  package var tutor: Tutor

  /// The most lines `history` keeps.
  public static let historyLimit = 1_000

  /// Creates a session with the default two-region cluster and the content from `content`.
  public init(options: SessionOptions = SessionOptions(), content: ContentSource = .builtIn) {
    tutor = Tutor(options: options, content: content, recognizesCommand: ShellCommand.recognizes)
  }

  /// Output options.
  public var options: SessionOptions {
    get { tutor.options }
    set { tutor.options = newValue }
  }

  /// The replication world the commands act on.
  public var world: Simulation { tutor.bench.world }

  /// Asked during long commands whether to stop (the executable's Ctrl-C), and shown their
  /// progress; by default nothing stops them.
  public var watch: CommandWatch {
    get { tutor.bench.watch }
    set { tutor.bench.watch = newValue }
  }

  /// The prompt's text, without colour or the trailing `> `: `multileader`, `drill 2/4` during a
  /// mnemonic drill, `quiz clock-skew` while a quiz question waits for its answer, or the scenario
  /// and its step, such as `topping-timestamp 3/9`.
  public var prompt: String { tutor.prompt }

  /// Where the learner is in the course, for the executable to save between runs.
  public var coursePlace: CoursePlace { tutor.coursePlace }

  /// Restores a place saved by an earlier run (`continue` then picks it up); the attached
  /// progress store's place is then not read.
  public mutating func restoreCoursePlace(_ place: CoursePlace) { tutor.restoreCoursePlace(place) }

  /// The self-ratings given to open interview questions so far, oldest first, for a progress store.
  public var interviewRatings: [InterviewRating] { tutor.interviewRatings }

  /// Records progress in `store` from now on (the executable attaches its SQLite store; the
  /// default keeps progress in memory). The place is read from it on the next line.
  public mutating func attachProgress(_ store: any ProgressRecording) { tutor.attachProgress(store) }

  /// Runs one line: a command, a comment, a blank line, or an answer to what waits.
  ///
  /// `time` is the learner's time as the line arrives (the session never reads a clock); without
  /// it the time of the last line holds. The first non-blank line reads the learner's place from
  /// the progress store; a line that moves the place saves it.
  public mutating func execute(_ line: String, at time: LearnerTime? = nil) -> CommandOutcome {
    if let time { tutor.setTime(time) }
    if !line.trimmingSpaces.isEmpty { tutor.loadPlaceIfNeeded() }
    var outcome = run(line)
    if !outcome.wasAnswer { remember(line) }
    tutor.savePlaceIfChanged()
    outcome.notices = tutor.takeNotices()
    return outcome
  }

  private mutating func run(_ line: String) -> CommandOutcome {
    switch tutor.respond(to: line) {
    case .handled(var outcome):
      outcome.wasAnswer = true
      return outcome
    case .command: return runCommand(line)
    case .commandAfter(let first):
      var outcome = runCommand(line)
      outcome.output = outcome.output.isEmpty ? first : first + "\n" + outcome.output
      return outcome
    }
  }

  private mutating func runCommand(_ line: String) -> CommandOutcome {
    do {
      guard let command = try ShellCommand.parse(line) else { return CommandOutcome() }
      return try run(command, named: ShellCommand.name(of: line), line: line)
    } catch {
      return CommandOutcome(error: error.text)
    }
  }

  private mutating func run(_ command: ShellCommand, named name: String, line: String) throws(ShellError)
    -> CommandOutcome
  {
    switch command {
    case .workbench(let command):
      if tutor.practice.challenge != nil { return try tutor.runInChallenge(command, named: name, line: line) }
      var outcome = try tutor.bench.run(command, line: line)
      if let note = tutor.pauseScenario(after: command) {
        outcome.output += "\n" + OutputFitter.fit(note, width: options.width)
      }
      return outcome
    case .tutor(.cheatSheet(let path, let format, let force)):
      return tutor.exportCheatSheet(path: path, format: format, force: force)
    case .tutor(let command):
      // Course commands replace whole worlds rather than change one in place, so keeping the
      // tutor as it was costs no copy of the world's buffers; a failure puts it back.
      let before = tutor
      do {
        return CommandOutcome(output: OutputFitter.fit(try tutor.perform(command), width: options.width))
      } catch {
        tutor = before
        throw error
      }
    case .quit: return CommandOutcome(output: "", shouldQuit: true)
    case .clear:
      var outcome = CommandOutcome()
      outcome.clearsScreen = true
      return outcome
    case .help(let name):
      return CommandOutcome(output: try HelpText.render(name, width: options.width, styler: styler))
    case .history: return CommandOutcome(output: historyListing())
    }
  }

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
    let library = tutor.course.library()
    return Completer(world: world, library: library).completions(forLine: line, wordStart: wordStart)
  }

  var styler: Styler { Styler(style: options.style, charset: options.charset) }

  private mutating func remember(_ line: String) {
    let trimmed = line.trimmingSpaces
    guard !trimmed.isEmpty && history.last != trimmed else { return }
    history.append(
      trimmed.utf8.count <= CommandParser.maximumLineLength
        ? trimmed : String(trimmed.prefix(80)) + styler.symbols("…"))
    if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
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
