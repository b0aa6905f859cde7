import ArgumentParser
import Course
import CourseContent
import Shell
import Synchronization
import TerminalUI
import Tutor
import Workbench

/// The options every mode shares: how the session presents its output.
struct GlobalOptions: ParsableArguments {
  @Flag(help: "Print JSON instead of text for commands that support it.")
  var json = false

  @Option(help: ArgumentHelp("The seed of the first cluster.", valueName: "n"))
  var seed: UInt64?

  @Flag(help: "Never colour the output (NO_COLOR and TERM=dumb also turn colour off).")
  var noColor = false

  @Option(
    help: ArgumentHelp(
      "Fit output to this many columns (1 to \(SessionOptions.maximumWidth)) instead of the terminal's width.",
      valueName: "n"))
  var width: Int?

  @Option(
    help: ArgumentHelp(
      "Read course content from this folder instead of the built-in content (also MULTILEADER_CONTENT).",
      valueName: "dir"))
  var content: String?

  @Option(
    help: ArgumentHelp(
      "Keep progress (reviews, your place in the course) in this folder instead of $XDG_DATA_HOME/multileader.",
      valueName: "dir"))
  var data: String?

  func validate() throws {
    guard let width else { return }
    if width < 1 { throw ValidationError("--width must be a positive number of columns.") }
    if width > SessionOptions.maximumWidth {
      throw ValidationError("--width must be at most \(SessionOptions.maximumWidth) columns (got \(width)).")
    }
  }

  /// Whether standard output gets colour in this process.
  var colorEnabled: Bool { Terminal.colorEnabled(noColorFlag: noColor) }

  /// The session options for this process, reading the terminal once.
  func sessionOptions() -> SessionOptions {
    var options = SessionOptions(
      style: colorEnabled ? .ansi : .plain,
      width: Terminal.width(override: width),
      json: json,
      charset: Terminal.pictureCharset()
    )
    if let seed { options.seed = seed }
    return options
  }

  /// A session configured by these options, with its course content.
  ///
  /// A content folder that cannot be read, or that has problems, is reported on standard error and
  /// the built-in content is used instead.
  func makeSession() -> ShellSession {
    ShellSession(options: sessionOptions(), content: contentSource())
  }

  /// The course content this process uses (see ``makeSession()`` for how a folder is chosen).
  func contentLibrary() -> ContentLibrary {
    switch contentSource() {
    case .builtIn: ContentLoader.load(BuiltInContent.files, checkingWordings: false).library
    case .files(let files, _): ContentLoader.load(files, checkingWordings: false).library
    }
  }

  private func contentSource() -> ContentSource {
    guard
      let folder = content ?? Terminal.environment("MULTILEADER_CONTENT").flatMap({ $0.isEmpty ? nil : $0 })
    else { return .builtIn }
    switch ContentFolder.read(folder) {
    case .failure(let error):
      Console.printError("using the built-in content: \(TerminalText.sanitized(error.message))")
      return .builtIn
    case .success(let files):
      let problems = ContentLoader.load(files).problems
      guard problems.isEmpty else {
        Console.printError(
          "using the built-in content: \(TerminalText.sanitized(folder)) has \(problems.count) problem\(problems.count == 1 ? "" : "s"); the first is "
            + TerminalText.sanitized(problems[0].description) + " (multileader content check DIR lists them)")
        return .builtIn
      }
      return .files(files, folder: folder)
    }
  }

  /// Re-reads the terminal's width into `session` when it was resized since the last check.
  func refreshWidth(of session: inout ShellSession) {
    guard Signals.resizedForSession.exchange(false, ordering: .relaxed) else { return }
    session.options.width = Terminal.width(override: width)
  }
}
