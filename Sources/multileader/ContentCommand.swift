import ArgumentParser
import Course
import CourseContent
import Glibc
import Shell
import TerminalUI
import Tutor

/// `multileader content check [DIR]`: validates course content and reports every problem.
struct ContentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "content",
    abstract: "Work with course content (lessons, scenarios, the mnemonic).",
    subcommands: [CheckCommand.self]
  )

  /// `content check [DIR]`.
  struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check course content and report every problem as FILE:LINE: message.",
      discussion: """
        Checks headers, unique ids, links between lessons, that every command parses, that every \
        lesson example and mnemonic demo runs, and that every scenario runs to its end. With no \
        folder, checks the content built into this binary. Exit code 0 when all is well, 1 otherwise.
        """
    )

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    @Argument(
      help: ArgumentHelp("The content folder to check (default: the built-in content).", valueName: "dir"))
    var folder: String?

    func run() throws {
      let files: [ContentFile]
      let name: String
      if let folder {
        switch ContentFolder.read(folder) {
        case .success(let read): files = read
        case .failure(let error):
          Console.printError(TerminalText.sanitized(error.message))
          throw ExitCode(1)
        }
        name = folder
      } else {
        files = BuiltInContent.files
        name = "the built-in content"
      }
      let problems = ContentCheck.problems(in: files)
      for problem in problems { Console.printError(TerminalText.sanitized(problem.description)) }
      let library = ContentLoader.load(files, checkingWordings: false).library
      let summary =
        "\(name): \(plural(library.lessons.count, "lesson")), \(plural(library.scenarios.count, "scenario")), "
        + "\(library.mnemonic == nil ? "no" : "a") mnemonic, \(plural(library.quizzes.count, "question template")), "
        + "\(plural(library.interviews.count, "interview question")), \(plural(library.challenges.count, "challenge")); "
        + (problems.isEmpty ? "no problems." : "\(problems.count) problem\(problems.count == 1 ? "" : "s").")
      Console.printOutput(TerminalText.sanitized(summary))
      if !problems.isEmpty { throw ExitCode(1) }
    }
  }
}
