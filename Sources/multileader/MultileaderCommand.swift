import ArgumentParser
import Glibc
import TerminalUI

/// The root `multileader` command.
///
/// With no subcommand it starts the interactive shell when standard input is a terminal, and
/// otherwise runs the piped lines as a script (as `multileader run -` would).
@main
struct MultileaderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "multileader",
    abstract: "A terminal study companion for multi-leader replication.",
    usage: """
      multileader [<options>]
      multileader [<options>] run <file> ... [--keep-going]
      <command> | multileader [<options>]
      """,
    discussion: """
      multileader teaches multi-leader replication by letting you run a deterministic model: \
      two regions (US and Asia), each with a leader and followers, clocks that can be skewed, \
      and a network that can delay, reorder and partition messages. You write to both leaders, \
      watch conflicts appear, and compare the ways to resolve them.

      Run it with no arguments for the interactive shell (type `help` there), pipe commands into \
      it, or run script files with `multileader run FILE…`.
      """,
    version: Version.banner,
    subcommands: [RunCommand.self, ContentCommand.self, QuizCommand.self]
  )

  @OptionGroup var globals: GlobalOptions

  /// Parses the arguments and runs the command, like ArgumentParser's own `main()`, except that an
  /// error message is made inert first: it quotes the offending argument, which may hold escape
  /// sequences (`multileader --width $'\e[2J'`).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if code == .success {
        // --help, --version and completion scripts: the program's own text, printed as it is.
        if !message.isEmpty { Console.printOutput(message) }
      } else if !message.isEmpty {
        Console.printError(TerminalText.sanitized(message, singleLine: false))
      }
      Glibc.exit(code.rawValue)
    }
  }

  func run() throws {
    guard Terminal.isTerminal(STDIN_FILENO) else {
      var script = ScriptRun(globals: globals, keepGoing: false)
      Signals.watchResize()
      script.run(LineReader(descriptor: STDIN_FILENO), source: StdinSource.name)
      if script.endsBadly { throw ExitCode(script.exitCode) }
      return
    }
    let status = Repl.run(globals: globals)
    if status != 0 { throw ExitCode(status) }
  }
}
