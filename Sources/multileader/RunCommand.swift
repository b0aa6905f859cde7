import ArgumentParser
import Glibc
import TerminalUI

/// `multileader run FILE… [--keep-going]`: runs script files through one session.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the commands in one or more script files, as if typed into the shell.",
    discussion: """
      Each line is one shell command; blank lines and lines starting with # are ignored. The files \
      run in order in the same session. Output goes to standard output, errors to standard error \
      as FILE:LINE: message (with --json, to standard output as {"error": "FILE:LINE: message"}). The first failing line stops the run with exit code 1, unless \
      --keep-going is given (the exit code is then 1 at the end if any line failed). Use - for \
      standard input.

      The options of `multileader` (--json, --seed, --no-color, --width) may come before or after `run`.
      """
  )

  @ParentCommand var root: MultileaderCommand

  @Flag(help: "Run every line even after one fails.")
  var keepGoing = false

  @Argument(help: ArgumentHelp("The script files to run.", valueName: "file"), completion: .file())
  var files: [String]

  func run() throws {
    let opened = try Self.open(files)
    defer { for (_, descriptor) in opened where descriptor != STDIN_FILENO { close(descriptor) } }
    var script = ScriptRun(globals: root.globals, keepGoing: keepGoing)
    Signals.watchResize()
    for (source, descriptor) in opened where !script.stopped {
      script.run(LineReader(descriptor: descriptor), source: source)
    }
    if script.endsBadly { throw ExitCode(script.exitCode) }
  }

  /// Opens every file before running any, so a typo in the last name does not leave a half-run
  /// script; reports every file that cannot be read, then exits 1.
  private static func open(_ files: [String]) throws -> [(source: String, descriptor: Int32)] {
    var opened: [(source: String, descriptor: Int32)] = []
    var problems: [String] = []
    for file in files {
      // The name goes into every message about the file, so it is made inert once, here.
      let name = TerminalText.sanitized(file)
      if file == "-" {
        opened.append((StdinSource.name, STDIN_FILENO))
        continue
      }
      let descriptor = Glibc.open(file, O_RDONLY | O_CLOEXEC)
      if descriptor < 0 {
        problems.append("cannot open \(name): \(String(cString: strerror(errno)))")
        continue
      }
      var status = stat()
      if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
        problems.append("cannot run \(name): it is a directory")
        close(descriptor)
        continue
      }
      opened.append((name, descriptor))
    }
    guard problems.isEmpty else {
      for (_, descriptor) in opened where descriptor != STDIN_FILENO { close(descriptor) }
      for problem in problems { Console.printError("multileader: \(problem)") }
      throw ExitCode.failure
    }
    return opened
  }
}

/// The name standard input goes by in error messages.
enum StdinSource {
  /// `<stdin>`.
  static let name = "<stdin>"
}
