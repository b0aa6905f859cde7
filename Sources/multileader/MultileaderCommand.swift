import ArgumentParser

/// The root `multileader` command.
///
/// For now it only answers `--help` and `--version`; running it with no arguments says that the
/// interactive shell arrives in a later release.
@main
struct MultileaderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "multileader",
    abstract: "A terminal study companion for multi-leader replication.",
    discussion: """
      multileader teaches multi-leader replication by letting you run a deterministic model: \
      two regions (US and Asia), each with a leader and followers, clocks that can be skewed, \
      and a network that can delay, reorder and partition messages. You write to both leaders, \
      watch conflicts appear, and compare the ways to resolve them.

      The interactive shell, the lessons and the quizzes are coming in later releases.
      """,
    version: Version.banner
  )

  /// The message shown when the command runs with no arguments.
  static let comingSoonMessage = """
    \(Version.banner): the interactive shell is coming in a later release.
    Run `multileader --help` to see what is available now.
    """

  func run() {
    print(Self.comingSoonMessage)
  }
}
